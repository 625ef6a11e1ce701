import type { ReactNode } from 'react';
import type { Route } from '../app/navigation';
import { DocumentList } from './DocumentList';
import { DocumentViewer } from './DocumentViewer';

export function DocumentsScreen(props: {
  route: Extract<Route, { screen: 'documents' }>;
}): ReactNode {
  const { route } = props;
  if (route.documentId) {
    return (
      <DocumentViewer
        key={route.documentId}
        id={route.documentId}
        initialPage={route.page ?? 1}
        highlight={route.highlight}
      />
    );
  }
  return <DocumentList />;
}
