// Explicit resource management: `using` and `await using`.
class TempFile implements Disposable {
  constructor(readonly path: string) {}
  [Symbol.dispose](): void {
    console.log(`removing ${this.path}`);
  }
}

class Connection implements AsyncDisposable {
  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.resolve();
  }
}

export function writeReport(): string {
  using file = new TempFile("/tmp/report.txt");
  using a = new TempFile("a"), b = new TempFile("b");
  return file.path + a.path + b.path;
}

export async function query(): Promise<number> {
  await using conn = new Connection();
  for (using item of [new TempFile("x")]) {
    console.log(item.path);
  }
  for (await using c of [new Connection()]) {
    console.log(c);
  }
  const using = 1; // `using` is still an identifier
  return using + 1;
}
