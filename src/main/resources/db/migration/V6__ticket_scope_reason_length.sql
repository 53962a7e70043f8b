-- A technician may explain in up to 2,000 characters why a ticket is out of scope.
ALTER TABLE ticket ALTER COLUMN scope_reason SET DATA TYPE VARCHAR(2000);
