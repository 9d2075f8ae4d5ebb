/** HTML pages reduced to article text, and JSON Lines split into bounded lines. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/html.js';
import { readLines } from '../../src/cli/lines.js';

describe('htmlToText', () => {
  it.each<[string, string]>([
    ['<p>One.</p><p>Two &amp; three.</p>', 'One.\n\nTwo & three.'],
    ['<html><head><title>Page</title><style>p{}</style></head><body><nav>Home</nav><main><h1>Title</h1><p>Body <b>bold</b> text.</p></main><footer>©</footer></body></html>', 'Title\n\nBody bold text.'],
    ['<body><div>Menu</div><article><p>“Yes,” she said.</p><aside>Related</aside></article></body>', '“Yes,” she said.'],
    ['<body><p>Line<br>break</p><script>document.write("said")</script></body>', 'Line\n\nbreak'],
    ['<title>Only a title</title>', 'Only a title'],
    ['<p>Unclosed <i>tags', 'Unclosed tags'],
    ['', ''],
  ])('%s', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('readLines', () => {
  async function lines(chunks: string[], max: number): Promise<Array<string | null>> {
    const found: Array<string | null> = [];
    for await (const line of readLines(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), max)) found.push(line.bytes === null ? null : line.bytes.toString('utf8'));
    return found;
  }

  it('splits on LF and CRLF across chunks, with or without a final newline', async () => {
    expect(await lines(['a\r\nb', 'c\nd'], 100)).toEqual(['a', 'bc', 'd']);
    expect(await lines(['a\n', ''], 100)).toEqual(['a']);
  });

  it('reports a line over the limit as null and goes on', async () => {
    expect(await lines(['short\n', 'x'.repeat(50), 'y'.repeat(60), '\nnext\n'], 100)).toEqual(['short', null, 'next']);
  });
});
