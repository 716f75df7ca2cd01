import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadTracker } from '@/components/use-tracked-recipients';
import { App } from './App';
import './style.css';

preloadTracker();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
