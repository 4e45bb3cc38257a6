/** A form's field messages go when the field they name is changed, and only those. */
import { describe, expect, it } from 'vitest';
import { clearFieldErrors } from '../../../renderer/components/field-errors';

describe('clearFieldErrors', () => {
  const errors = { content: 'Nhập nội dung nhiệm vụ', dueDate: 'Thời hạn cần dạng ngày/tháng/năm', 'term.startYear': 'Năm bắt đầu', 'term.endYear': 'Năm kết thúc', 'signers.1.name': 'Nhập họ tên', 'signers.10.name': 'Nhập họ tên' };

  it('drops the changed field only', () => {
    const left = clearFieldErrors(errors, 'content');
    expect(Object.keys(left)).toEqual(['dueDate', 'term.startYear', 'term.endYear', 'signers.1.name', 'signers.10.name']);
    expect(errors.content).toBe('Nhập nội dung nhiệm vụ');
  });

  it('drops the parts of a changed group, not a field that merely starts with the same letters', () => {
    expect(Object.keys(clearFieldErrors(errors, 'term'))).toEqual(['content', 'dueDate', 'signers.1.name', 'signers.10.name']);
    expect(Object.keys(clearFieldErrors(errors, 'signers.1'))).toEqual(['content', 'dueDate', 'term.startYear', 'term.endYear', 'signers.10.name']);
  });

  it('returns the same object when nothing goes, so the form does not redraw', () => {
    expect(clearFieldErrors(errors, 'remarks')).toBe(errors);
  });
});
