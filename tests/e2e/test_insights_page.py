"""The insights page in Chromium against the real API with generated data (`insights.demo`: three weeks of a
synthetic stream with a delivery burst, handovers, ratings, thumbs-down, gaps, topics and the alert): it renders,
every chart has data, there are no console errors, the filters and acknowledging work.
``TANDEM_INSIGHTS_SCREENSHOT=docs/insights.png`` saves the page (the README's screenshot)."""
from __future__ import annotations

import os
import threading
import time
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from inbox.auth import create_user
from database.engine import session_factory
from insights.demo import fill
from tandem.processes import free_port
from tandem.settings import Settings

pytestmark = pytest.mark.e2e
STAFF, PASSWORD = "sara", "e2e staff password"
SCREENSHOT_TO = os.environ.get("TANDEM_INSIGHTS_SCREENSHOT")
CHARTS = ("chart-days", "chart-hours", "chart-languages", "chart-outcomes", "chart-reasons", "chart-first-reply",
          "chart-resolution", "chart-csat", "chart-thumbs", "chart-topics")


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    import uvicorn

    from api.main import create_app

    root = tmp_path_factory.mktemp("insights-page")
    settings = Settings(data_dir=root / "data", api_port=free_port())
    with session_factory(settings.database)() as session:
        create_user(session, STAFF, PASSWORD, "staff", display_name="Sara")
    filled = fill(settings.database, days=21)
    assert filled["alerts"] >= 1, filled
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=settings.api_port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{settings.api_port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/insights", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


def test_the_page_renders_every_chart_with_data_and_no_console_errors(api, browser):
    context = browser.new_context(locale="en-GB", viewport={"width": 1440, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(f"{api}/insights")
    page.fill("#login-name", STAFF)
    page.fill("#login-password", PASSWORD)
    page.click("#login-submit")
    page.wait_for_selector("#app-view:not([hidden])", timeout=10_000)
    page.wait_for_selector("#chart-topics[data-points]", state="attached", timeout=30_000)

    for chart in CHARTS:
        points = int(page.get_attribute(f"#{chart}", "data-points"))
        assert points > 0, f"{chart} has no data"
        assert page.evaluate(f"!!window.Chart.getChart(document.getElementById('{chart}'))"), chart
    assert page.locator("#topics-body tr").count() >= 5
    assert page.locator("#gaps-body tr a[href^='/kb?']").count() >= 1
    assert page.locator("#alerts li").count() >= 1
    assert sorted(page.locator("#f-channel option").all_inner_texts()) == ["all", "facebook", "instagram", "web"]
    if SCREENSHOT_TO:
        page.screenshot(path=SCREENSHOT_TO, full_page=True)

    # the channel filter redraws from the filtered figures
    page.select_option("#f-channel", "instagram")
    page.click("#f-apply")
    deadline = time.monotonic() + 15
    while page.evaluate("Chart.getChart(document.getElementById('chart-days')).data.datasets.length") != 1:
        assert time.monotonic() < deadline, "the channel filter did not redraw"
        time.sleep(0.1)
    # the date range: three whole days before today (the brand's days), all channels: one bar group per day
    today = page.input_value("#f-end")
    shift = "(() => {{ var d = new Date('{0}T12:00:00Z'); d.setUTCDate(d.getUTCDate() - {1}); " \
            "return d.toISOString().slice(0, 10); }})()"
    first, last = page.evaluate(shift.format(today, 3)), page.evaluate(shift.format(today, 1))
    page.select_option("#f-channel", "")
    page.fill("#f-start", first)
    page.fill("#f-end", last)
    page.click("#f-apply")
    deadline = time.monotonic() + 15
    while page.evaluate("Chart.getChart(document.getElementById('chart-days')).data.labels.length") != 3:
        assert time.monotonic() < deadline, "the date range did not redraw"
        time.sleep(0.1)
    assert page.evaluate("Chart.getChart(document.getElementById('chart-days')).data.labels") == [
        first, page.evaluate(shift.format(today, 2)), last]
    # staff acknowledge the alert
    page.locator("#alerts li button").first.click()
    page.wait_for_selector("#alerts li.acknowledged", timeout=10_000)
    assert errors == []
    context.close()


def test_a_content_gap_links_to_the_knowledge_base_with_its_question(api, browser):
    context = browser.new_context(locale="en-GB", viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(f"{api}/insights")
    page.fill("#login-name", STAFF)
    page.fill("#login-password", PASSWORD)
    page.click("#login-submit")
    link = page.locator("#gaps-body tr a[href^='/kb?']").first
    link.wait_for(timeout=30_000)
    href = link.get_attribute("href")
    question = parse_qs(urlsplit(href).query)["question"][0]
    link.click()
    page.wait_for_url("**/kb?*", timeout=10_000)
    page.wait_for_selector("#app-view:not([hidden])", timeout=10_000)
    assert page.input_value("#try-question") == question
    context.close()
