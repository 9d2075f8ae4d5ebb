/**
 * HTML → article text with a real HTML parser (htmlparser2): the text of `<article>` when there is
 * one, else of `<main>`, else of the body; scripts, styles, navigation, headers, footers, asides and
 * forms left out; block elements become paragraphs separated by blank lines.
 */
import { Parser } from 'htmlparser2';

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'head', 'figcaption']);
/** Elements that end a paragraph. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'br', 'tr', 'table', 'figure', 'pre', 'hr', 'dd', 'dt', 'title']);

/** Paragraph texts collected for one scope (the whole body, main, or article). */
class Collector {
  private readonly paragraphs: string[] = [];
  private current = '';

  add(text: string): void {
    this.current += text;
  }

  breakParagraph(): void {
    const paragraph = this.current.replace(/\s+/gu, ' ').trim();
    if (paragraph.length > 0) this.paragraphs.push(paragraph);
    this.current = '';
  }

  text(): string {
    this.breakParagraph();
    return this.paragraphs.join('\n\n');
  }
}

/** The article text of an HTML document. Linear in its length. */
export function htmlToText(html: string): string {
  const body = new Collector();
  const main = new Collector();
  const article = new Collector();
  const title = new Collector();
  let skipped = 0;
  let inMain = 0;
  let inArticle = 0;
  let inTitle = 0;
  let sawArticle = false;
  let sawMain = false;
  const scopes = (): Collector[] => [body, ...(inMain > 0 ? [main] : []), ...(inArticle > 0 ? [article] : [])];
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipped += 1;
        if (name === 'main') {
          inMain += 1;
          sawMain = true;
        }
        if (name === 'article') {
          inArticle += 1;
          sawArticle = true;
        }
        if (name === 'title') inTitle += 1;
        if (BLOCKS.has(name)) for (const scope of scopes()) scope.breakParagraph();
      },
      ontext(text) {
        if (inTitle > 0) title.add(text);
        if (skipped > 0) return;
        for (const scope of scopes()) scope.add(text);
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) for (const scope of scopes()) scope.breakParagraph();
        if (SKIPPED.has(name)) skipped = Math.max(0, skipped - 1);
        if (name === 'main') inMain = Math.max(0, inMain - 1);
        if (name === 'article') inArticle = Math.max(0, inArticle - 1);
        if (name === 'title') inTitle = Math.max(0, inTitle - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = sawArticle ? article.text() : sawMain ? main.text() : body.text();
  if (text.length > 0) return text;
  return title.text();
}
