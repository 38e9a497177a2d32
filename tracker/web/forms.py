"""One form per editable resource, plus a submit-only form that carries the CSRF token."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    DateField,
    HiddenField,
    IntegerField,
    PasswordField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from tracker.db.models import (
    AttributionStatus,
    FactCheckStatus,
    QuoteType,
    ReviewStatus,
    SpeakerKind,
)

TYPES = [t.value for t in QuoteType]
STATUSES = [s.value for s in ReviewStatus]


class ConfirmForm(FlaskForm):
    """A POST button: only the CSRF token and the button."""

    submit = SubmitField("Confirm")


class LoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(max=80)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)])
    submit = SubmitField("Log in")


class QuotationForm(FlaskForm):
    span_start = IntegerField("Start offset", validators=[InputRequired(), NumberRange(min=0)])
    span_end = IntegerField("End offset", validators=[InputRequired(), NumberRange(min=1)])
    type = SelectField("Type", choices=TYPES)
    speaker = StringField("Speaker", validators=[Optional(), Length(max=300)])
    said_on = DateField("Said on", validators=[Optional()])
    medium = StringField("Medium", validators=[Optional(), Length(max=100)])
    review_status = SelectField("Review status", choices=STATUSES)
    tags = StringField("Tags (comma-separated)", validators=[Optional(), Length(max=2000)])
    note = TextAreaField("Add a note", validators=[Optional(), Length(max=20000)])
    version = HiddenField(validators=[DataRequired()])
    submit = SubmitField("Save")

    def validate_span_end(self, field: IntegerField) -> None:
        from wtforms.validators import ValidationError

        if self.span_start.data is not None and field.data is not None:
            if field.data <= self.span_start.data:
                raise ValidationError("The end must come after the start.")


class NewQuotationForm(FlaskForm):
    span_start = IntegerField("Start offset", validators=[InputRequired(), NumberRange(min=0)])
    span_end = IntegerField("End offset", validators=[InputRequired(), NumberRange(min=1)])
    selected = HiddenField()
    type = SelectField("Type", choices=TYPES)
    speaker = StringField("Speaker", validators=[Optional(), Length(max=300)])
    submit = SubmitField("Add quotation")


class ReviewForm(FlaskForm):
    status = HiddenField(validators=[DataRequired()])
    version = HiddenField()
    submit = SubmitField("Save")


class LinkDecisionForm(FlaskForm):
    status = HiddenField(validators=[DataRequired()])
    submit = SubmitField("Save")


class FactCheckForm(FlaskForm):
    status = SelectField("Fact-check status", choices=[s.value for s in FactCheckStatus])
    assignee = SelectField("Assignee", choices=[], validate_choice=False)
    verdict = StringField("Verdict", validators=[Optional(), Length(max=200)])
    url = StringField("Fact-check URL", validators=[Optional(), Length(max=2000)])
    explanation = TextAreaField("Explanation", validators=[Optional(), Length(max=20000)])
    version = HiddenField(validators=[DataRequired()])
    submit = SubmitField("Save fact-check")


class AttributionForm(FlaskForm):
    attribution = SelectField("Attribution", choices=[s.value for s in AttributionStatus])
    note = TextAreaField("How it was established", validators=[Optional(), Length(max=5000)])
    submit = SubmitField("Save attribution")


class SavedQueryForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=200)])
    description = TextAreaField("Description", validators=[Optional(), Length(max=5000)])
    sql = TextAreaField("SQL", validators=[DataRequired(), Length(max=20000)])
    submit = SubmitField("Save query")


class SpeakerForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=300)])
    kind = SelectField("Kind", choices=[k.value for k in SpeakerKind])
    description = StringField("Description", validators=[Optional(), Length(max=500)])
    version = HiddenField(validators=[DataRequired()])
    submit = SubmitField("Save speaker")


class MergeSpeakerForm(FlaskForm):
    other = StringField(
        "Merge into this speaker (name, spelling or #id)",
        validators=[DataRequired(), Length(max=300)],
    )
    submit = SubmitField("Merge")


class MergeClaimForm(FlaskForm):
    other = IntegerField("Merge with claim number", validators=[InputRequired(), NumberRange(1)])
    submit = SubmitField("Merge claims")


class BulkReviewForm(FlaskForm):
    status = SelectField("Set the selected to", choices=["confirmed", "rejected"])
    submit = SubmitField("Apply to selected")


class TokenForm(FlaskForm):
    name = StringField("What the token is for", validators=[DataRequired(), Length(max=100)])
    submit = SubmitField("Create token")
