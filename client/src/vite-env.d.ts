interface ImportMetaEnv {
  readonly VITE_AUTH_MODE?: 'local' | 'cognito';
  readonly VITE_COGNITO_DOMAIN?: string;
  readonly VITE_COGNITO_CLIENT_ID?: string;
}
