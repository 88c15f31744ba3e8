import { Link } from 'react-router';

export function BrandLink() {
  return (
    <Link to="/" className="brand">
      <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" />
        <circle cx="16" cy="16" r="8" />
      </svg>
      <span className="brand-name">Rounds</span>
    </Link>
  );
}
