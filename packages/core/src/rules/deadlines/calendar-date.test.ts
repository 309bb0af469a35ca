import { describe, expect, it } from 'vitest'
import { addDays, addMonths, addYears, dateProblem, daysBetween, weekday } from './calendar-date.js'

describe('PCT Rule 80 arithmetic', () => {
  it.each([
    // [trigger, months, end] — Rule 80.2: same day number, else the last day of the month
    ['2025-05-20', 30, '2027-11-20'],
    ['2025-05-20', 31, '2027-12-20'],
    ['2023-10-31', 30, '2026-04-30'], // no 31 April
    ['2023-08-31', 30, '2026-02-28'], // no 31 February
    ['2025-08-31', 30, '2028-02-29'], // 2028 is a leap year
    ['2024-02-29', 12, '2025-02-28'], // Rule 80.1: 29 Feb + 1 year
    ['2024-02-29', 48, '2028-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-12-31', 2, '2024-02-29'],
    ['2024-01-30', 1, '2024-02-29'],
    ['2025-12-15', 1, '2026-01-15'], // across New Year
    ['1999-12-31', 12, '2000-12-31'],
    ['2099-06-30', 8, '2100-02-28'], // 2100 is not a leap year
  ])('%s + %i months = %s', (from, months, end) => {
    expect(addMonths(from, months)).toBe(end)
  })

  it('years are twelve months (Rule 80.1)', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28')
    expect(addYears('2025-05-20', 3)).toBe('2028-05-20')
  })

  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', 60, '2025-04-30'],
    ['2025-03-30', -30, '2025-02-28'],
  ])('%s + %i days = %s (Rule 80.3)', (from, days, end) => {
    expect(addDays(from, days)).toBe(end)
  })

  it('weekdays and day counts', () => {
    expect(weekday('2027-11-20')).toBe(6)
    expect(weekday('2025-07-04')).toBe(5)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1)
  })
})

describe('dateProblem', () => {
  it.each([
    ['2025-02-30', 'February 2025 has 28 days'],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['2025-04-31', 'April 2025 has 30 days'],
    ['2025-13-01', 'there is no month 13'],
    ['2025-5-20', 'expected YYYY-MM-DD'],
    ['20250520', 'expected YYYY-MM-DD'],
    ['1700-01-01', 'year outside 1800-2200'],
  ])('%s: %s', (value, problem) => {
    expect(dateProblem(value)).toBe(problem)
  })

  it('accepts real dates, leap days included', () => {
    expect(dateProblem('2024-02-29')).toBeUndefined()
    expect(dateProblem('2000-02-29')).toBeUndefined()
  })
})
