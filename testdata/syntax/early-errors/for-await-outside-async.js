// Early error: `for await` in a function that is not async.
export function drain(stream) {
  for await (const chunk of stream) console.log(chunk);
}
