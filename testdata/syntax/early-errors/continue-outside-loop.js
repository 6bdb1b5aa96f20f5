// Early error: `continue` outside a loop.
export function skip(flag) {
  if (flag) continue;
  return flag;
}
