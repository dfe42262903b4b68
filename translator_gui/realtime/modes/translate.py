"""Translate mode: one ``gpt-realtime-translate`` session on ``/v1/realtime/translations``, speech in,
translated captions and speech out.

The target language is ``audio.output.language``; the source captions come from the optional
``audio.input.transcription``. Finishing is the endpoint's own: ``session.close``, then the trailing
output, then ``session.closed``.
"""

from __future__ import annotations

from collections.abc import Mapping

from openai.types.realtime.realtime_translation_session_update_request_param import (
    Audio,
    RealtimeTranslationSessionUpdateRequestParam,
)

from translator_gui.realtime.connection import SessionLink, TranslationLink
from translator_gui.realtime.incoming import TRANSLATION_HANDLERS, Decoder
from translator_gui.realtime.languages import Mode, language
from translator_gui.realtime.models import DEFAULT_MODELS
from translator_gui.realtime.session import RealtimeSession


class TranslateSession(RealtimeSession):
    """The ``Engine`` for ``/v1/realtime/translations``: into one of ``TRANSLATE_TARGETS``."""

    DEFAULT_MODEL = DEFAULT_MODELS[Mode.TRANSLATE]

    def _check_language(self, code: str) -> str:
        return language(code).code

    def _session_config(self, target: str) -> Mapping[str, object]:
        audio: Audio = {"output": {"language": target}}
        transcription_model = self._options.transcription_model
        if transcription_model:
            audio["input"] = {"transcription": {"model": transcription_model}}
        config: RealtimeTranslationSessionUpdateRequestParam = {"audio": audio}
        return config

    def _language_update(self, target: str) -> Mapping[str, object]:
        return {"audio": {"output": {"language": target}}}

    def _decoder(self) -> Decoder:
        return Decoder(TRANSLATION_HANDLERS)

    async def _open_link(self) -> SessionLink:
        return await TranslationLink.open(
            api_key=self._options.api_key,
            base_url=self._base_url,
            model=self._model,
            open_timeout=self._options.connect_timeout,
            organization=self._options.organization,
            project=self._options.project,
        )
