/** See keyToFrame.mjs: the init script that records each key's keydown-to-frame latency. */
export declare const KEY_TO_FRAME: string;
