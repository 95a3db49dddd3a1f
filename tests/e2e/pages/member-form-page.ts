import type { Page } from 'playwright-core';

export interface MemberFields {
  memberNo?: string;
  name?: string;
  gender?: 'M' | 'F';
  /** Index of the option in the group drop-down (1 = first group; 0 is "choose"). */
  groupIndex?: number;
  joinDate?: string;
  duesBase?: string;
  phone?: string;
}

/** The add / edit member side panel. */
export class MemberFormPage {
  constructor(readonly page: Page) {}

  readonly root = () => this.page.getByTestId('member-form');
  readonly field = (name: string) => this.page.getByTestId(`member-form-${name}`);
  readonly fieldError = (name: string) => this.page.getByTestId(`member-error-${name}`);
  readonly generalError = () => this.page.getByTestId('member-form-error');

  async waitOpen(): Promise<void> {
    await this.root().waitFor({ state: 'visible' });
  }

  async waitClosed(): Promise<void> {
    await this.root().waitFor({ state: 'detached' });
  }

  async fill(v: MemberFields): Promise<void> {
    if (v.memberNo !== undefined) await this.field('memberNo').fill(v.memberNo);
    if (v.name !== undefined) await this.field('name').fill(v.name);
    if (v.gender !== undefined) await this.field('gender').selectOption(v.gender);
    if (v.groupIndex !== undefined) await this.field('groupId').selectOption({ index: v.groupIndex });
    if (v.joinDate !== undefined) await this.field('joinDate').fill(v.joinDate);
    if (v.duesBase !== undefined) await this.field('duesBase').fill(v.duesBase);
    if (v.phone !== undefined) await this.field('phone').fill(v.phone);
  }

  async save(): Promise<void> {
    await this.page.getByTestId('member-save').click();
  }

  async cancel(): Promise<void> {
    await this.page.getByTestId('member-cancel').click();
  }
}
