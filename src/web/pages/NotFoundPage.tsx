import { PageTitle } from '../components/PageTitle.tsx';
import { Link } from '../lib/router.tsx';

export default function NotFoundPage() {
  return (
    <>
      <PageTitle title="Not found">Page not found</PageTitle>
      <p>
        There is nothing here. <Link href="/">Back to Today</Link>
      </p>
    </>
  );
}
