import { isLang, type Lang, langFromEnv } from '../text/lang.js';
import { OptionError } from './usage.js';

/** What every command knows besides its own arguments: the language it writes in, and `--verbose`. */
export interface CliContext {
  /** `--lang`, else the environment's locale (`LANG=zh_CN.UTF-8` gives `zh-CN`), else English. */
  lang: Lang;
  /** `--verbose`: an error lists every problem found. */
  verbose: boolean;
  /** Where a long command draws its progress bar: stderr when it is a terminal (`fairdraw` sets it), else none. */
  progress?: NodeJS.WritableStream;
}

/**
 * The flags of every command, `--verbose` and `--lang en|zh-CN`, taken out of `argv` wherever they
 * stand before a `--`.
 *
 * @param argv - the arguments after `fairdraw`.
 * @param env - the environment whose locale gives the language when `--lang` is absent.
 * @returns the remaining arguments and the context.
 */
export function globalFlags(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { argv: readonly string[]; context: CliContext } {
  const end = argv.indexOf('--');
  const options = end === -1 ? [...argv] : argv.slice(0, end);
  const rest: string[] = [];
  let verbose = false;
  let lang: Lang | undefined;
  for (let i = 0; i < options.length; i++) {
    const arg = options[i] as string;
    if (arg === '--verbose') verbose = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? options[++i] : arg.slice('--lang='.length);
      if (!isLang(value)) throw new OptionError((cli) => cli.options.lang(JSON.stringify(value ?? '')));
      lang = value;
    } else rest.push(arg);
  }
  return {
    argv: end === -1 ? rest : [...rest, ...argv.slice(end)],
    context: { lang: lang ?? langFromEnv(env), verbose },
  };
}
