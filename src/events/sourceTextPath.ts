/**
 * Source texts stay in one folder beside the data file, so a data file cannot make the app fetch anything else.
 * A module of its own, outside the schema, so that fetching a list does not wait for the validator's code.
 */
export const SOURCE_TEXT_PATH = /^sources\/[^/\\]+\.txt$/;
