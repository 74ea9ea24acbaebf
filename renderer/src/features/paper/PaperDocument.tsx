import { directionOf } from '../../../../shared/domain/locales';
import { notTranslatedNote, type OutlineBody, type OutlinePart, type PaperOutline } from '../../../../shared/paper/paper-outline';
import { OutlineBlocks } from './OutlineBlocks';

/**
 * The paper as one document in one language: the outline the DOCX is written from, laid out for the
 * screen and, through paper.css's print rules, for paper. Its words are the paper's own
 * (shared/paper/paper-words.ts), in the document's language, whatever the interface speaks.
 */
export function PaperDocument({ outline }: { outline: PaperOutline }) {
  return (
    <article className="paper-doc" lang={outline.locale} dir={outline.direction} data-testid="paper-document">
      <header className="paper-doc__head">
        <h2 className="paper-doc__title">{outline.title}</h2>
        <p className="paper-doc__meta">
          {outline.city} · {outline.date}
        </p>
      </header>
      {outline.sections.map((section) => (
        <section key={section.id} className="paper-doc__section" data-section={section.id}>
          <h3 lang={section.headingLocale} dir={directionOf(section.headingLocale)}>
            {section.heading}
          </h3>
          {section.headingFallback ? <p className="paper-doc__fallback">{notTranslatedNote(outline.locale, section.headingLocale)}</p> : null}
          {section.parts.map((part) => (
            <Part key={part.field} part={part} outline={outline} />
          ))}
        </section>
      ))}
    </article>
  );
}

function Part({ part, outline }: { part: OutlinePart; outline: PaperOutline }) {
  return (
    <div className="paper-doc__part">
      {part.heading === null ? null : <h4>{part.heading}</h4>}
      <Body body={part.body} outline={outline} />
    </div>
  );
}

function Body({ body, outline }: { body: OutlineBody; outline: PaperOutline }) {
  const { words } = outline;
  switch (body.kind) {
    case 'text':
      return (
        <>
          {body.text.fallback ? <p className="paper-doc__fallback">{notTranslatedNote(outline.locale, body.text.locale)}</p> : null}
          <OutlineBlocks text={body.text} outline={outline} />
        </>
      );
    case 'names':
      return body.names.length === 0 ? <p className="paper-doc__empty">{words.none}</p> : <p>{body.names.join(words.listSeparator)}</p>;
    case 'date':
      return body.date === null ? <p className="paper-doc__empty">{words.noDate}</p> : <p>{body.date}</p>;
    case 'measures':
      if (body.rows.length === 0) return <p className="paper-doc__empty">{words.none}</p>;
      return (
        <table className="paper-doc__table" data-testid="paper-measures-table">
          <thead>
            <tr>
              <th scope="col">{body.columns.commitment}</th>
              <th scope="col">{body.columns.status}</th>
              <th scope="col">{body.columns.progress}</th>
            </tr>
          </thead>
          <tbody>
            {body.rows.map((row) => (
              <tr key={row.uid} className={row.missing ? 'paper-doc__missing' : undefined}>
                <td dir="auto">{row.title}</td>
                <td>{row.status}</td>
                <td>{row.progress}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'participants':
      if (body.rows.length === 0) return <p className="paper-doc__empty">{words.none}</p>;
      return (
        <table className="paper-doc__table">
          <thead>
            <tr>
              <th scope="col">{body.columns.organisation}</th>
              <th scope="col">{body.columns.people}</th>
            </tr>
          </thead>
          <tbody>
            {body.rows.map((row, i) => (
              <tr key={i}>
                <td dir="auto">{row.organisation}</td>
                <td className="paper-doc__number">{row.people}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{body.total.organisation}</th>
              <td className="paper-doc__number">{body.total.people}</td>
            </tr>
          </tfoot>
        </table>
      );
  }
}
