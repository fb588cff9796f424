#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Opens Shortlist on sample data and reads it the way a screen reader does,
# over AT-SPI: every control someone can focus or activate must have a name.
#
# Run under a session bus and a display, e.g.
#   dbus-run-session -- xvfb-run -a /usr/bin/python3 tests/test-a11y.py
# with $SHORTLIST set to the built executable.

import os
import shutil
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version('Atspi', '2.0')
import pyatspi  # noqa: E402

SAMPLE_ROLE = 'VP of AI/ML Engineering'
APPEAR_TIMEOUT = 20.0
# How long one step may take to show: generous, since waits end as soon as
# it does, and a run under the sanitizers on a busy machine is slow.
STEP_TIMEOUT = 30.0
MAX_NODES = 20000

# Roles that are controls even when the toolkit does not say focusable.
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LINK,
}


class Tap:
    def __init__(self, planned):
        self.planned = planned
        self.count = 0
        self.failed = False
        print('1..%d' % planned, flush=True)

    def result(self, ok, description, details=()):
        self.count += 1
        print('%s %d - %s' % ('ok' if ok else 'not ok', self.count, description), flush=True)
        for line in details:
            print('# ' + line, flush=True)
        if not ok:
            self.failed = True
            # Also where a test runner shows the output of failed tests.
            print('not ok %d - %s' % (self.count, description), file=sys.stderr, flush=True)
            for line in details:
                print('  ' + line, file=sys.stderr, flush=True)

    def skip_rest(self, reason):
        while self.count < self.planned:
            self.count += 1
            print('not ok %d - %s' % (self.count, reason), flush=True)
            self.failed = True


def find_application(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        try:
            app = desktop.getChildAtIndex(i)
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def walk(node, path=(), seen=None):
    """Yields (node, path) for node and all its descendants."""
    if seen is None:
        seen = [0]
    seen[0] += 1
    if seen[0] > MAX_NODES:
        return
    yield node, path
    try:
        n = node.childCount
    except Exception:
        return
    for i in range(n):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is None:
            continue
        yield from walk(child, path + (describe(node),), seen)


def describe(node):
    try:
        name = node.name or ''
    except Exception:
        name = ''
    try:
        role = node.getRoleName()
    except Exception:
        role = '?'
    return '%s "%s"' % (role, name) if name else role


def n_actions(node):
    try:
        return node.queryAction().nActions
    except (NotImplementedError, Exception):
        return 0


def is_control(node):
    try:
        states = node.getState()
        role = node.getRole()
    except Exception:
        return False

    # Only what is there to be used: hidden stack pages are not.
    if not states.contains(pyatspi.STATE_VISIBLE):
        return False

    # GTK 4.8 makes every scrolled window focusable, to scroll; what it
    # holds carries the names.
    focusable = states.contains(pyatspi.STATE_FOCUSABLE) and role != pyatspi.ROLE_SCROLL_PANE

    return focusable or role in CONTROL_ROLES or n_actions(node) > 0


def has_name(node):
    try:
        return bool((node.name or '').strip())
    except Exception:
        return False


def find_named(app, name, role=None):
    for node, _ in walk(app):
        try:
            if node.name == name and (role is None or node.getRole() == role):
                return node
        except Exception:
            continue
    return None


def wait_for(predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.25)
    return None


def is_selected(node):
    try:
        return node.getState().contains(pyatspi.STATE_SELECTED)
    except Exception:
        return False


def find_button(root, label):
    """A push button whose name is @label; GTK 4.8 may say it twice, with
    the mnemonic's underline the first time."""
    for node, _ in walk(root):
        try:
            if node.getRole() != pyatspi.ROLE_PUSH_BUTTON:
                continue
            words = (node.name or '').replace('_', '')
            if words == label or words == '%s %s' % (label, label):
                if n_actions(node) > 0:
                    return node
        except Exception:
            continue
    return None


def find_frame(app, title):
    try:
        for i in range(app.childCount):
            frame = app.getChildAtIndex(i)
            if frame is not None and frame.name == title:
                return frame
    except Exception:
        pass
    return None


def click(node):
    if node is None:
        return False
    try:
        return node.queryAction().doAction(0)
    except Exception:
        return False


def click_found(find):
    """Clicks what FIND finds, trying again while it is not there yet or the
    application is too busy to answer."""
    return wait_for(lambda: click(find()), STEP_TIMEOUT)


def switch_view(app, name):
    return click_found(lambda: find_named(app, name, pyatspi.ROLE_PAGE_TAB))


def select_in_parent(node):
    """Selects a list's row the way a screen reader user does."""
    if node is None:
        return False
    try:
        return node.parent.querySelection().selectChild(node.getIndexInParent())
    except Exception:
        return False


def press_key(name):
    """Presses a key as a keyboard does, through the X server: AT-SPI's own
    key synthesis is not available under Xvfb."""
    subprocess.run(['xdotool', 'key', name], check=True, timeout=10)


def find_starting(root, prefix):
    for node, _ in walk(root):
        try:
            if (node.name or '').startswith(prefix):
                return node
        except Exception:
            continue
    return None


def find_containing(root, text):
    for node, _ in walk(root):
        try:
            if text in (node.name or ''):
                return node
        except Exception:
            continue
    return None


def find_named_starting(root, prefix, role):
    for node, _ in walk(root):
        try:
            if (node.name or '').startswith(prefix) and node.getRole() == role:
                return node
        except Exception:
            continue
    return None


def focused_name(root):
    for node, _ in walk(root):
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                return node.name
        except Exception:
            continue
    return None


def press_until(app, keys, reached, settle=10.0):
    """Presses KEYS one at a time until the name of the focused control
    satisfies REACHED, and returns that name, or None. After each key it
    waits for the focus to move, so that a slow run does not press on
    past the control it was meant to stop at."""
    for key in keys:
        name = focused_name(app) or ''
        if reached(name):
            return name
        press_key(key)
        wait_for(lambda: (focused_name(app) or '') != name, settle)
    name = focused_name(app) or ''
    return name if reached(name) else None


def unnamed_controls(app):
    problems = []
    for node, path in walk(app):
        if is_control(node) and not has_name(node):
            problems.append('%s (in %s)' % (describe(node), ' > '.join(path[-4:])))
    return problems


def main():
    shortlist = os.environ.get('SHORTLIST')
    if not shortlist or not os.access(shortlist, os.X_OK):
        print('1..0 # SKIP $SHORTLIST does not name the built shortlist executable')
        return 0

    tap = Tap(15)
    tmp = tempfile.mkdtemp(prefix='shortlist-a11y-')
    db = os.path.join(tmp, 'sample.db')
    app_process = None

    env = dict(os.environ)
    env.pop('NO_AT_BRIDGE', None)
    env['GTK_A11Y'] = 'atspi'
    env['GSETTINGS_BACKEND'] = 'memory'
    env['SHORTLIST_NON_UNIQUE'] = '1'

    try:
        made = subprocess.run([shortlist, 'sample', '--db', db], env=env,
                              capture_output=True, text=True, timeout=60)
        if made.returncode != 0:
            tap.result(False, 'sample database created', made.stderr.splitlines())
            tap.skip_rest('no sample database')
            return 1

        app_process = subprocess.Popen([shortlist, '--db', db], env=env)

        app = wait_for(lambda: find_application(app_process.pid), APPEAR_TIMEOUT)
        tap.result(app is not None, 'Shortlist appears on the accessibility bus')
        if app is None:
            tap.skip_rest('the application did not appear')
            return 1

        role_node = wait_for(lambda: find_named(app, SAMPLE_ROLE), APPEAR_TIMEOUT)
        tap.result(role_node is not None, 'a node named "%s" exists' % SAMPLE_ROLE)

        # The first look: sidebar, the role's pipeline.
        problems = unnamed_controls(app)
        tap.result(not problems, 'every control of the role page has a name',
                   ['unnamed: ' + p for p in problems])

        # The candidate list: select its row in the sidebar, look again.
        problems = []
        row = find_named(app, 'All Candidates', pyatspi.ROLE_LIST_ITEM)
        if select_in_parent(row):
            if not wait_for(lambda: is_selected(row), STEP_TIMEOUT):
                problems.append('the candidate list did not open')
            time.sleep(0.5)
            problems += ['unnamed: ' + p for p in unnamed_controls(app)]
        else:
            problems.append('could not select "All Candidates" over AT-SPI')
        tap.result(not problems, 'every control of the candidate list has a name', problems)

        # The dialogs, opened with their buttons.
        for button, title in (('Add Candidate', 'New Candidate'), ('New Role', 'New Role')):
            problems = []
            dialog = None
            if click_found(lambda: find_button(app, button)):
                dialog = wait_for(lambda: find_frame(app, title), STEP_TIMEOUT)
            if dialog is None:
                problems.append('the button "%s" did not open "%s"' % (button, title))
            else:
                problems += ['unnamed: ' + p for p in unnamed_controls(dialog)]
                click_found(lambda: find_button(dialog, 'Cancel'))
                wait_for(lambda: find_frame(app, title) is None, STEP_TIMEOUT)
            tap.result(not problems, 'every control of "%s" has a name' % title, problems)

        # The checklist matrix: each cell says who, which requirement, what
        # status and what evidence, and the arrow keys move between cells.
        problems = []
        cell = None
        role_row = find_named(app, SAMPLE_ROLE, pyatspi.ROLE_LIST_ITEM)
        if not select_in_parent(role_row):
            problems.append('could not select the role over AT-SPI')
        else:
            if not switch_view(app, 'Checklist'):
                problems.append('no "Checklist" view to switch to')
            else:
                cell = wait_for(lambda: find_starting(app, 'Rowan Okafor — 7-10 years'), STEP_TIMEOUT)
                if cell is None:
                    problems.append('no cell reads "Rowan Okafor — 7-10 years…"')
                elif not cell.name.endswith('production environments.: Met'):
                    problems.append('the cell reads "%s"' % cell.name)
                if find_containing(app, ': Partly met — evidence: ') is None:
                    problems.append('no cell reads its evidence')
                problems += ['unnamed: ' + p for p in unnamed_controls(app)]
        tap.result(not problems, 'every cell of the checklist matrix says what it holds', problems)

        problems = []
        if cell is None:
            problems.append('no cell to start from')
        else:
            try:
                # Tab into the grid, to its first cell: the first candidate's
                # first requirement.
                start = press_until(app, ['Tab'] * 20, lambda name: ' — ' in name) or ''
                if not start.startswith('Avery Castillo — 7-10 years'):
                    problems.append('Tab reached "%s", not the first cell' % start)
                else:
                    press_key('Right')
                    if not wait_for(lambda: (focused_name(app) or '').startswith('Avery Castillo — Advanced degree'), STEP_TIMEOUT):
                        problems.append('after Right the focus is on "%s"' % focused_name(app))
                    press_key('Down')
                    if not wait_for(lambda: (focused_name(app) or '').startswith('Dana Reyes — Advanced degree'), STEP_TIMEOUT):
                        problems.append('after Down the focus is on "%s"' % focused_name(app))
            except (OSError, subprocess.SubprocessError) as error:
                problems.append('could not press a key: %s' % error)
        tap.result(not problems, 'the arrow keys move between cells of the matrix', problems)

        # The compensation view: its chart is an image with the figures in
        # its description, and every control has a name.
        problems = []
        if not switch_view(app, 'Compensation'):
            problems.append('no "Compensation" view to switch to')
        else:
            chart = wait_for(lambda: find_named(app, 'Salary ranges, band, asks and offers',
                                                pyatspi.ROLE_IMAGE), STEP_TIMEOUT)
            if chart is None:
                problems.append('no chart image named "Salary ranges, band, asks and offers"')
            elif '$130,000' not in (chart.description or ''):
                problems.append('the chart is described as "%s"' % chart.description)
            problems += ['unnamed: ' + p for p in unnamed_controls(app)]
        tap.result(not problems, 'the compensation chart is described and every control named', problems)

        # The committee's review: the heat map is an image described in
        # words, with a name for every control around it.
        problems = []
        if not switch_view(app, 'Review'):
            problems.append('no "Review" view to switch to')
        else:
            heatmap = wait_for(lambda: find_named(app, 'VP of AI/ML Engineering — committee ratings',
                                                  pyatspi.ROLE_IMAGE), STEP_TIMEOUT)
            if heatmap is None:
                problems.append('no heat map image named "VP of AI/ML Engineering — committee ratings"')
            elif 'Mean ratings of 5 candidates' not in (heatmap.description or ''):
                problems.append('the heat map is described as "%s"' % heatmap.description)
            if find_named(app, 'Compare Quinn Kowalski', pyatspi.ROLE_CHECK_BOX) is None:
                problems.append('no check box named "Compare Quinn Kowalski"')
            problems += ['unnamed: ' + p for p in unnamed_controls(app)]
        tap.result(not problems, 'the heat map is described and every review control named', problems)

        # The board, then the funnel inside it: a chart described in words.
        problems = []
        if not switch_view(app, 'Board'):
            problems.append('no "Board" view to switch to')
        else:
            toggle = wait_for(lambda: find_button(app, 'Funnel'), STEP_TIMEOUT)
            if toggle is None:
                problems.append('no "Funnel" toggle on the board')
            problems += ['unnamed: ' + p for p in unnamed_controls(app)]
        tap.result(not problems, 'every control of the board has a name', problems)

        problems = []
        if not click_found(lambda: find_button(app, 'Funnel')):
            problems.append('could not switch the board to its funnel')
        else:
            funnel = wait_for(lambda: find_named(app, SAMPLE_ROLE + ' — pipeline funnel', pyatspi.ROLE_IMAGE)
                              or find_starting(app, SAMPLE_ROLE + ' —'), STEP_TIMEOUT)
            if funnel is None:
                problems.append('no funnel chart named after the role')
            elif 'Applied' not in (funnel.description or ''):
                problems.append('the funnel is described as "%s"' % funnel.description)
            problems += ['unnamed: ' + p for p in unnamed_controls(app)]
            click_found(lambda: find_button(app, 'Board'))
        tap.result(not problems, 'the funnel is described and every control named', problems)

        # The role's profile.
        problems = []
        if not switch_view(app, 'Profile'):
            problems.append('no "Profile" view to switch to')
        else:
            time.sleep(0.5)
            problems += ['unnamed: ' + p for p in unnamed_controls(app)]
        tap.result(not problems, 'every control of the role profile has a name', problems)

        # A candidate's page, opened from the pipeline.
        problems = []
        if not switch_view(app, 'Candidates'):
            problems.append('no "Candidates" view to switch to')
        else:
            # From the keyboard alone: Ctrl+F to the search, Tab into the
            # list, Down to the row, Enter to open it.
            # Each step waits for the one before, as slow runs need.
            if wait_for(lambda: find_named_starting(app, 'Rowan Okafor, ', pyatspi.ROLE_LIST_ITEM),
                        APPEAR_TIMEOUT) is None:
                problems.append('the pipeline has no row of Rowan Okafor')
            elif not press_until(app, ['ctrl+f'] + ['Tab'] * 3 + ['Down'] * 12,
                                 lambda name: name.startswith('Rowan Okafor, ')):
                problems.append('the keys reached "%s", not the row of Rowan Okafor' % focused_name(app))
            else:
                press_key('Return')
                if wait_for(lambda: find_button(app, 'Edit Candidate'), STEP_TIMEOUT) is None:
                    problems.append('Enter on the row did not open the candidate page')
                else:
                    problems += ['unnamed: ' + p for p in unnamed_controls(app)]
        tap.result(not problems, 'every control of a candidate page has a name', problems)

        # Preferences, each of its pages.
        problems = []
        press_key('ctrl+comma')
        preferences = wait_for(lambda: find_frame(app, 'Preferences'), STEP_TIMEOUT)
        if preferences is None:
            problems.append('Ctrl+, did not open the preferences')
        else:
            for page in ('General', 'Market Data', 'Data'):
                if not click_found(lambda: find_named(preferences, page, pyatspi.ROLE_TOGGLE_BUTTON)
                                   or find_named(preferences, page)):
                    problems.append('no "%s" page to switch to' % page)
                    continue
                time.sleep(0.5)
                problems += ['unnamed on %s: %s' % (page, p) for p in unnamed_controls(preferences)]
            if find_starting(preferences, 'Restore the backup of ') is None:
                problems.append('no backup with a "Restore the backup of …" button')
            press_key('Escape')
        tap.result(not problems, 'every control of every preferences page has a name', problems)
    finally:
        if app_process is not None:
            app_process.terminate()
            try:
                app_process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                app_process.kill()
                app_process.wait()
        shutil.rmtree(tmp, ignore_errors=True)

    return 1 if tap.failed else 0


if __name__ == '__main__':
    sys.exit(main())
