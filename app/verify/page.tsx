import type { Metadata } from 'next';

import { VerifyForm } from '@/components/hand-ins/verify-form';

export const metadata: Metadata = { title: 'Check a hand-in' };

/** Where a teacher checks that a student's hand-in is what Close Reader scored. */
export default function VerifyPage() {
  return (
    <main className="mx-auto w-full max-w-measure px-4 py-10">
      <h1 className="font-reading text-3xl font-bold">Check a hand-in</h1>
      <p className="mt-3">
        Every set a student hands in carries a verification code that Close Reader wrote when it scored the set. Paste the whole hand-in below, as the student sent it: this page says whether it is
        exactly what Close Reader scored, and when.
      </p>
      <p className="mt-2">
        For a printout, type its lines from “Set:” to “Verification code:”: the set, the time and the score are checked, the answers are not.
      </p>
      <VerifyForm />
    </main>
  );
}
