/** Facts about the site shown in the header and footer. */
export const site = {
  government: '朝阳市人民政府',
  name: '政务公开',
  organiser: '朝阳市人民政府办公室',
  /** Postal address of the disclosure office, as published in the notice. */
  contactOffice: '朝阳市人民政府办公室政务公开办公室',
  contactAddress: '朝阳市双塔区朝阳大街三段7号',
  contactPostcode: '122000',
} as const;

export const siteTitle = `${site.government} · ${site.name}`;
