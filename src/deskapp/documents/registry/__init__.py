"""The owner and unit files on paper and in Excel: `pdf` 《业户档案》 and the completeness
检查表, `xlsx` the registers."""
