// Optional chaining, nullish coalescing and logical assignment.
export function readConfig(env, defaults) {
  const port = env?.server?.port ?? defaults.port;
  const first = env?.hosts?.[0] ?? "localhost";
  const hook = env?.hooks?.onStart?.();
  const size = env.cache?.["max-size"] ?? 128;
  const nested = env?.a.b?.c?.(1, 2)?.[3];

  const options = { retries: env.retries };
  options.retries ??= 3;
  options.verbose ||= false;
  options.strict &&= env.mode === "production";
  const ternaryLike = env?.flag ? 0.5 : .25;

  return { port, first, hook, size, nested, options, ternaryLike };
}

export const pick = (obj, key) => obj?.[key] ?? null;
