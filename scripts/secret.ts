// `npm run secret`: prints `AUTH_SECRET=…`, a new secret for .env.local or a host's environment.
import { authSecretLine } from "../tooling/secret/auth-secret";

console.log(authSecretLine());
