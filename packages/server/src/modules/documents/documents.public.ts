// The public view of a document (the portal's 政府信息公开), shared by the document and interpretation resolvers.
import { Field, ID, ObjectType } from 'type-graphql';
import type { DisclosureAttribute, DocumentKind } from '@gongkai/shared';
import { DisclosureAttributeEnum, DocumentKindEnum } from './documents.enums.js';
import type { PolicyDocument } from './documents.entities.js';

/** What the portal shows of an issued document: no workflow data; no body when it is disclosed on application. */
@ObjectType()
export class PublicDocument {
  @Field(() => ID) id: string;
  @Field(() => DocumentKindEnum) kind: DocumentKind;
  @Field() title: string;
  @Field(() => String, { nullable: true }) documentNumber: string | null;
  @Field(() => String, { nullable: true }) issuingAuthority: string | null;
  @Field(() => String, { nullable: true }) issueDate: string | null;
  @Field(() => DisclosureAttributeEnum) disclosureAttribute: DisclosureAttribute;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => String, { nullable: true }) addressees: string | null;
  @Field(() => ID) leadUnitId: string;
  /** What other modules' fields read in the document's statement (documents.hooks.ts), by field; absent: their resolvers load it. */
  parts?: Record<string, unknown>;
}

export function toPublic(d: PolicyDocument): PublicDocument {
  const full = d.disclosureAttribute === 'PROACTIVE';
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    documentNumber: d.documentNumber ?? null,
    issuingAuthority: d.issuingAuthority ?? null,
    issueDate: d.issueDate ?? null,
    disclosureAttribute: d.disclosureAttribute!,
    body: full ? (d.body ?? null) : null,
    addressees: full ? (d.addressees ?? null) : null,
    leadUnitId: d.leadUnit.id,
  };
}
