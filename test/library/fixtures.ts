import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pino, type Logger } from 'pino';

/** Three small documents, each with words only it uses, so a search names its document unambiguously. */
export const DOCS: Record<string, string> = {
  'volcanoes.txt':
    'Volcanoes\n\nMount Etna is an active volcano in Sicily; its lava flows reach the villages below.',
  'rivers.md': '# Rivers\n\nThe Danube flows through ten countries before it reaches the Black Sea.',
  'birds/owls.txt': 'Owls\n\nBarn owls hunt voles at night, finding them by sound alone.',
};

/** A temporary corpus folder (`<root>/corpus`) and cache folder (`<root>/cache`); `cleanup()` removes both. */
export async function tempCorpus(docs: Record<string, string> = DOCS): Promise<{
  dir: string;
  cacheDir: string;
  write: (files: Record<string, string>) => Promise<void>;
  cleanup: () => Promise<void>;
}> {
  const root = await mkdtemp(join(tmpdir(), 'library-test-'));
  const dir = join(root, 'corpus');
  const write = async (files: Record<string, string>): Promise<void> => {
    for (const [name, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), text);
    }
  };
  await write(docs);
  return {
    dir,
    cacheDir: join(root, 'cache'),
    write,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** A logger that keeps its lines, so tests can check what an admin would read in the log. */
export function memoryLogger(): { logger: Logger; messages: () => string[] } {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  return {
    logger,
    messages: () => lines.map((line) => String((JSON.parse(line) as { msg?: unknown }).msg)),
  };
}
