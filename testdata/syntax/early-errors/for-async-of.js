// Early error: `async of` as a for-of head.
let async;
for (async of [1, 2]) console.log(async);
