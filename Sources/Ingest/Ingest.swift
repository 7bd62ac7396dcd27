// Reading survey exports (CSV, TSV, XLSX, ODS, LimeSurvey, Forms) into a Consultation.
