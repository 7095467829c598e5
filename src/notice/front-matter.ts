import type { Root, Yaml } from 'mdast';
import type { VFile } from 'vfile';
import { parseYamlWith } from '../yaml-schema.js';
import { noticeMetadataSchema, type NoticeMetadata } from './metadata.js';

declare module 'vfile' {
  interface DataMap {
    /** The validated front matter of notice.md. */
    notice: NoticeMetadata;
  }
}

/**
 * Reads the YAML front matter into `file.data.notice`, validated against the notice schema, and
 * removes it from the tree. Every problem is a fatal message at the line and column of the field.
 */
export function remarkNoticeFrontMatter() {
  return (tree: Root, file: VFile): void => {
    const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
    if (!yamlNode) {
      file.fail('没有信息区：notice.md 要以 `---` 开头的信息区开始，写上 `issuer:`（发文机关）和 `title:`（标题）', {
        line: 1,
        column: 1,
      });
    }
    tree.children = tree.children.filter((node) => node !== yamlNode);

    // The YAML's content starts on the line after `---`.
    const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
    file.data.notice = parseYamlWith(noticeMetadataSchema, yamlNode.value, file, { firstLine, what: '信息区', fieldLabel: '信息区字段' });
    // Left out, never replaced by a stand-in: say once what the outputs will not show.
    const at = { line: yamlNode.position?.start.line ?? 1, column: 1 };
    if (!file.data.notice.issuer) file.message('信息区没有 issuer（发文机关）：封面、结束页和通知原文的版头都不写发文机关', at);
    if (!file.data.notice.title) file.message('信息区没有 title（标题）：封面和通知原文都不写标题', at);
  };
}
