import { featureText } from '../../i18n/shape';

/** 账套设置: ledger-wide switches an administrator sets (issue 7: separation of duties). */
export const ledgerSettingsText = featureText(
  {
    ledgerSettings: {
      nav: '账套设置',
      title: '账套设置',
      hint: '以下设置对此账套的所有用户生效，每次修改都记入变更日志。',
      splitCash: '出纳与会计分设',
      splitCashHelp:
        '开启后，收缴会费、收到拨缴经费、上解经费、登记其他收入等收付款操作只能由出纳办理，会计只管记账；未开启时会计也可办理。',
      voucherApproval: '凭证须经审批后记账',
      voucherApprovalHelp:
        '开启后，手工凭证和冲销凭证须由审批人审批后才能记账。制单、审核、审批须由三个不同的人完成（始终如此）。',
      save: '保存设置',
      saved: '设置已保存',
    },
  },
  {
    ledgerSettings: {
      nav: 'Ledger settings',
      title: 'Ledger settings',
      hint: 'These settings apply to every user of this ledger; each change is written to the change log.',
      splitCash: 'Separate cashier and accountant',
      splitCashHelp:
        'When on, cash work (collecting dues, receiving the allocation, remitting, recording other income) is the cashier’s alone and the accountant keeps the books; when off, the accountant may do it too.',
      voucherApproval: 'Vouchers are approved before posting',
      voucherApprovalHelp:
        'When on, a manual or reversal voucher is posted only after an approver signs it. Preparer, reviewer and approver are always three different people.',
      save: 'Save settings',
      saved: 'Settings saved',
    },
  },
);
