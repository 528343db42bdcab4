import { build, type Plugin, type Rolldown } from 'vite';

/**
 * Puts the single-file build (`vite build --mode single`: the whole app in one HTML file) beside the
 * site's index.html as `fileName`. The editor fetches it when a teacher exports a single file and writes
 * the teacher's list into it. Nothing links to it, so no reader's first screen loads it.
 */
export function singleFileTemplate({ mode, fileName }: { mode: string; fileName: string }): Plugin {
  let configFile: string | undefined;
  return {
    name: 'single-file-template',
    apply: 'build',
    configResolved(config) {
      configFile = config.configFile;
    },
    async generateBundle() {
      const output = await build({
        ...(configFile !== undefined ? { configFile } : {}),
        mode,
        logLevel: 'warn',
        build: { write: false },
      });
      const html = htmlOf(output);
      this.emitFile({ type: 'asset', fileName, source: html });
    },
  };
}

function htmlOf(output: Awaited<ReturnType<typeof build>>): string {
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  for (const { output: files } of outputs) {
    for (const file of files) {
      if (file.type === 'asset' && file.fileName === 'index.html' && typeof file.source === 'string')
        return file.source;
    }
  }
  throw new Error('the single-file build made no index.html');
}
