// The worker side of the comlink boundary: nothing but exposing the API.
import { expose } from 'comlink';
import { api } from './api';

expose(api);
