import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** 'panel' slides in at the right (forms); 'dialog' sits in the middle (small questions). */
  variant?: 'panel' | 'dialog';
  testId?: string;
}

/** A modal surface: Esc closes it, focus moves into it on open and back where it was on close. */
export function Modal({ title, onClose, children, variant = 'dialog', testId }: ModalProps) {
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = ref.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => previous?.focus();
  }, []);

  return (
    <div
      className={`modal-backdrop modal-backdrop--${variant}`}
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onCloseRef.current();
      }}
    >
      <div
        ref={ref}
        className={`modal modal--${variant}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCloseRef.current();
          } else if (e.key === 'Tab' && ref.current) {
            keepFocusInside(ref.current, e);
          }
        }}
      >
        <div className="modal__header">
          <h2 className="modal__title">{title}</h2>
        </div>
        {children}
      </div>
    </div>
  );
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/** Tab from the last control goes to the first, Shift+Tab from the first to the last: focus stays in the modal. */
function keepFocusInside(root: HTMLElement, e: KeyboardEvent) {
  const items = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
