const m = process.argv[2];
const mod = await import(`./bench/${m}.ts`);
console.log(JSON.stringify(await mod.figures()));
