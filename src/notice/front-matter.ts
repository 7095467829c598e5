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
      file.fail('没有信息区：notice.md 要以 `---` 开头的信息区开始，至少写上 `issuer:` 和 `title:`', {
        line: 1,
        column: 1,
      });
    }
    tree.children = tree.children.filter((node) => node !== yamlNode);

    // The YAML's content starts on the line after `---`.
    const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
    file.data.notice = parseYamlWith(noticeMetadataSchema, yamlNode.value, file, { firstLine, what: '信息区', fieldLabel: '信息区字段' });
  };
}
