import { useSignOutEverywhere } from './account-queries';

export function SignOutEverywhereButton() {
  const signOutEverywhere = useSignOutEverywhere();
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        disabled={signOutEverywhere.isPending}
        onClick={() => signOutEverywhere.mutate()}
      >
        {signOutEverywhere.isPending ? 'Signing out everywhere…' : 'Sign out everywhere'}
      </button>
      {signOutEverywhere.isError && (
        <p role="alert" className="inline-error">
          Signing out everywhere failed: {signOutEverywhere.error.message}
        </p>
      )}
    </>
  );
}
