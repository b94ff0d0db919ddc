import { errorCatalogue } from '../../common/errors.js';

export enum MeetingError {
  TITLE_REQUIRED = 'TITLE_REQUIRED',
  MEETING_DATE_INVALID = 'MEETING_DATE_INVALID',
  TIME_INVALID = 'TIME_INVALID',
  TOPIC_NOT_OF_UNIT = 'TOPIC_NOT_OF_UNIT',
  INVITE_DECISION_REQUIRED = 'INVITE_DECISION_REQUIRED',
  NECESSITY_REQUIRED = 'NECESSITY_REQUIRED',
  PREPARATIONS_REQUIRED = 'PREPARATIONS_REQUIRED',
  INVITEES_REQUIRED = 'INVITEES_REQUIRED',
  GRASSROOTS_REQUIRED = 'GRASSROOTS_REQUIRED',
  RETURN_REASON_REQUIRED = 'RETURN_REASON_REQUIRED',
  PROPOSAL_LOCKED = 'PROPOSAL_LOCKED',
  NOTICE_LATE = 'NOTICE_LATE',
  PRESS_RELEASE_INVALID = 'PRESS_RELEASE_INVALID',
  QUARTER_INVALID = 'QUARTER_INVALID',
}

/** What each code means; the error-code catalogue is generated from this. */
export const MEETING_ERRORS = errorCatalogue<MeetingError>('meetings', {
  TITLE_REQUIRED: '请填写会议或议题名称',
  PREPARATIONS_REQUIRED: '邀请列席的，须说明筹备（邀请准备）情况',
  MEETING_DATE_INVALID: '日期格式应为 YYYY-MM-DD',
  TIME_INVALID: '时间格式应为 HH:mm',
  TOPIC_NOT_OF_UNIT: '提交单位不存在，或所关联的意见征集议题不属于提交单位',
  INVITE_DECISION_REQUIRED: '请确定是否邀请列席',
  NECESSITY_REQUIRED: '请说明邀请的必要性和参与方式',
  INVITEES_REQUIRED: '请填写参会人员',
  GRASSROOTS_REQUIRED: '研究重要民生议题，参会人员中应有基层群众代表',
  RETURN_REASON_REQUIRED: '退回须说明理由',
  PROPOSAL_LOCKED: '已报送的列席意见不能修改',
  NOTICE_LATE: '书面通知应于会议召开前规定的工作日送达；逾期送达须说明理由',
  PRESS_RELEASE_INVALID: '请填写通稿标题和正文',
  QUARTER_INVALID: '年份或季度不正确',
});
