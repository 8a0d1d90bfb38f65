/** Discord's epoch (2015-01-01T00:00:00Z): snowflakes count milliseconds from here. */
const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

/**
 * A new snowflake id in Discord's layout (timestamp, worker, process, increment), so ids are 18–19 digits like real
 * ones. @discordjs/rest buckets routes by `\d{17,19}`, so short fake ids would change its rate-limit behaviour.
 *
 * @example nextSnowflake() // '1443301234567890123'
 */
export function nextSnowflake(now: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(now) - DISCORD_EPOCH) << 22n) | (1n << 17n) | (1n << 12n) | increment).toString();
}
