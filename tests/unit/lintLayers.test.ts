import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

// The lint rules themselves, on imports a careless change might write: each must be an error.
const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint enforces the layers by folder', () => {
  it.each([
    ['renderer/features/list/Example.tsx', "import { createApp } from '../../../electron/services/createApp';\nexport const x = createApp;"],
    ['renderer/features/list/Example.tsx', "import { richConference } from '../../../tests/fixtures/richConference';\nexport const x = richConference;"],
    ['shared/conference/example.ts', "import { startHost } from '../../electron/host/startHost';\nexport const x = startHost;"],
    ['shared/conference/example.ts', "import { App } from '../../renderer/App';\nexport const x = App;"],
    ['electron/services/example.ts', "import { startHost } from '../host/startHost';\nexport const x = startHost;"],
    ['electron/host/example.ts', "import { bindIpc } from '../ipc';\nexport const x = bindIpc;"],
  ])('%s may not import %s', async (file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });

  it('allows what the layers allow', async () => {
    expect(await layerErrors('renderer/features/list/Example.tsx', "import { newId } from '../../../shared/model';\nexport const x = newId;")).toEqual([]);
    expect(await layerErrors('electron/host/example.ts', "import { createApp } from '../services/createApp';\nexport const x = createApp;")).toEqual([]);
  });
});
