import { namesResponse } from '../../site/entity-routes.ts';

export const GET = () => namesResponse('people');
