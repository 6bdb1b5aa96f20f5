// Early error: `break` outside a loop or switch.
export function stop(items) {
  items.forEach((item) => {
    if (!item) break;
  });
}
