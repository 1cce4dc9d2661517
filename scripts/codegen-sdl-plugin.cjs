// Emits the merged SDL as a TypeScript string so the server needs no file reads at start and
// runs the same bundled or not.
const { printSchema } = require('graphql');
module.exports = {
  plugin(schema) {
    return `export const typeDefs = ${JSON.stringify(printSchema(schema))};\n`;
  },
};
