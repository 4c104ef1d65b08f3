import httpErrors from './http-errors';
import jsonBody from './json-body';

export default { 'http-errors': httpErrors, 'json-body': jsonBody };
