/**
 * The panel's "For the class report" controls: export the attempt the LMS holds now, or gather attempts
 * under different learner names into a class file, to try the teacher kit's class report with.
 */
import { addToClass, classFile, exportAttempt, exportFileName, loadClass, saveClass } from './class-file.ts';
import { byId } from './dom.ts';
import type { PreviewLms } from './preview-lms.ts';
import type { StorageLike } from './record.ts';

function download(fileName: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function wireClassFile(options: { storage: StorageLike; lms: () => PreviewLms | null; title: () => string; say: (text: string) => void }): void {
  const name = byId<HTMLInputElement>('learner-name');
  const count = byId<HTMLElement>('class-count');
  let attempts = loadClass(options.storage);
  const show = (): void => {
    count.textContent = String(attempts.length);
    if (name.value.trim() === '') name.value = `Learner ${attempts.length + 1}`;
  };
  const current = () => {
    const lms = options.lms();
    if (!lms) return null;
    return exportAttempt(
      { standard: lms.standard, lessonTitle: options.title(), attempt: lms.record.attempt, cmi: lms.cmi(), totalTime: lms.currentTotalTime() },
      name.value,
      new Date(),
    );
  };

  byId('export-attempt').addEventListener('click', () => {
    const attempt = current();
    if (!attempt) return options.say('No attempt to export yet.');
    download(exportFileName('attempt', attempt.lessonTitle, attempt.learner.name), attempt);
    options.say(`Exported the attempt of ${attempt.learner.name}.`);
  });
  byId('add-to-class').addEventListener('click', () => {
    const attempt = current();
    if (!attempt) return options.say('No attempt to add yet.');
    attempts = addToClass(attempts, attempt);
    const kept = saveClass(options.storage, attempts);
    name.value = '';
    show();
    options.say(`Added ${attempt.learner.name} to the class file (${attempts.length} attempt${attempts.length === 1 ? '' : 's'})${kept ? '' : '; it is kept in memory only, as this browser refuses to store it'}. Start a new attempt for the next learner.`);
  });
  byId('download-class').addEventListener('click', () => {
    if (attempts.length === 0) return options.say('The class file is empty: add an attempt first.');
    download(exportFileName('class', options.title()), classFile(attempts));
    options.say(`Downloaded the class file with ${attempts.length} attempt${attempts.length === 1 ? '' : 's'}. Drop it on class-report.html from the teacher kit.`);
  });
  byId('empty-class').addEventListener('click', () => {
    attempts = [];
    saveClass(options.storage, attempts);
    show();
    options.say('The class file is empty.');
  });
  show();
}
