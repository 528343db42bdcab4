import { cpus, loadavg, totalmem } from 'node:os';
import type { Browser } from 'playwright-core';

export interface MachineInfo {
  readonly date: string;
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  /** 1-minute load average when the run started: a busy machine makes every time slower. */
  readonly loadAverage: number;
  readonly node: string;
  readonly chromium: string;
  readonly platform: string;
}

export function describeMachine(browser: Browser): MachineInfo {
  const cpuList = cpus();
  return {
    date: new Date().toISOString(),
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    node: process.version,
    chromium: browser.version(),
    platform: `${process.platform} ${process.arch}`,
  };
}
