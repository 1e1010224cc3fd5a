-- Version 1 kept a partial date as its first day and its precision, so every window filter had to work out where
-- the interval ends row by row. Version 2 stores the last day too: a window test becomes two plain comparisons
-- (date_end >= :from AND date_start <= :to) that an index can serve.

ALTER TABLE tie ADD COLUMN date_end TEXT;

UPDATE tie SET date_end = CASE date_precision
    WHEN 'DAY' THEN date_start
    WHEN 'MONTH' THEN date(date_start, '+1 month', '-1 day')
    WHEN 'YEAR' THEN date(date_start, '+1 year', '-1 day')
END;

ALTER TABLE article ADD COLUMN published_end TEXT;

UPDATE article SET published_end = CASE published_precision
    WHEN 'DAY' THEN published_start
    WHEN 'MONTH' THEN date(published_start, '+1 month', '-1 day')
    WHEN 'YEAR' THEN date(published_start, '+1 year', '-1 day')
END;
