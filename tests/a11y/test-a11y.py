#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-a11y.py: Unknot as a screen reader meets it. The built app runs with default
# settings and a data folder of its own, and the test drives it through the
# accessibility bus (AT-SPI) by accessible names and roles only, the way a screen-reader
# user would:
#
#   routine   the Routines page, a routine's page, Start, Pause, Resume, Next, the end
#             and its summary
#   release   a guided release from the Release page: a point and a side, the safety
#             check, the position, Found It, the holds, the stretch, pain before and
#             after, the summary, and the session in Progress
#   keyboard  a guided release with key presses alone, checking where the focus is
#
# On every page and dialog on the way, every control that can be used or focused must
# have a name and a role that says what it is, and every image a name or a description;
# the offenders are listed with their place in the tree.
#
#   test-a11y.py UNKNOT [SCENARIO…]
#
# Each scenario runs on a virtual display (Xvfb) and a session bus (dbus-run-session) of
# its own, which it starts: the app finds the accessibility bus through the session bus,
# and so does the test (see run_each_scenario_apart).

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SCENARIO_NAMES = ["routine", "release", "keyboard"]


def run_each_scenario_apart(argv):
    """Runs each scenario in a world of its own: a virtual display (Xvfb), so that no
    earlier window decides where the keyboard goes (with no window manager, a window
    that came and went can keep the next one from the focus), and a session bus, so
    an accessibility bus: the bus launcher (org.a11y.Bus) and the registry start on it
    when first asked, and end with it. They inherit this environment; with
    WAYLAND_DISPLAY set, even empty, the registry takes the session for a Wayland one
    and cannot type into the X display."""
    env = dict(os.environ, GDK_BACKEND="x11", UNKNOT_A11Y_BUS="1")
    env.pop("WAYLAND_DISPLAY", None)
    failed = 0
    for scenario in argv[2:] or SCENARIO_NAMES:
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24",
                                 "-nolisten", "tcp", "-noreset"],
                                pass_fds=[write_end], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as displayfd:
            number = displayfd.readline().strip()
        if not number:
            print("not ok - %s: the virtual display (Xvfb) did not start" % scenario)
            failed += 1
            continue
        env["DISPLAY"] = ":" + number
        try:
            rc = subprocess.call(["dbus-run-session", "--", sys.executable, argv[0], argv[1], scenario],
                                 env=env, timeout=300)
        except subprocess.TimeoutExpired:
            print("not ok - %s: still running after 300 s" % scenario)
            rc = 1
        finally:
            xvfb.terminate()
            xvfb.wait()
        failed += rc != 0
    return 1 if failed else 0


def missing_tools():
    """What this machine lacks to run the test, if anything"""
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    found = subprocess.run([sys.executable, "-c", "import gi; gi.require_version('Atspi', '2.0')"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
    if not found:
        missing.append("AT-SPI for Python (python3-gi, gir1.2-atspi-2.0)")
    return missing


if __name__ == "__main__" and os.environ.get("UNKNOT_A11Y_BUS") is None:
    if len(sys.argv) < 2:
        print("usage: test-a11y.py UNKNOT [SCENARIO…]", file=sys.stderr)
        sys.exit(2)
    if missing_tools():
        print("skipped: this machine lacks " + ", ".join(missing_tools()))
        sys.exit(77)
    sys.exit(run_each_scenario_apart(sys.argv))

# The app runs with the suite's G_DEBUG (warnings are fatal), but not this test, whose
# libatspi warns of what GTK does not offer (below); GLib reads G_DEBUG once, when loaded.
APP_G_DEBUG = os.environ.pop("G_DEBUG", None)

import warnings  # noqa: E402

import gi  # noqa: E402

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

# (Atspi.Action.get_action_name is deprecated for a get_name that PyGObject cannot reach)
warnings.filterwarnings("ignore", category=DeprecationWarning)
# libatspi warns, once an app, that GTK offers no cache of its tree (a GTK 3 interface)
# and then asks object by object: nothing is wrong
GLib.log_set_handler("dbind", GLib.LogLevelFlags.LEVEL_WARNING, lambda *args: None)

TIMEOUT = float(os.environ.get("UNKNOT_A11Y_TIMEOUT", "10"))
R = Atspi.Role

# What a user can act on or move the focus to, by role: each needs a name
ACTIONABLE_ROLES = {
    R.PUSH_BUTTON, R.TOGGLE_BUTTON, R.CHECK_BOX, R.RADIO_BUTTON, R.SLIDER, R.SPIN_BUTTON,
    R.ENTRY, R.PASSWORD_TEXT, R.LINK, R.MENU_ITEM, R.CHECK_MENU_ITEM, R.RADIO_MENU_ITEM,
    R.PAGE_TAB, R.COMBO_BOX, R.SWITCH if hasattr(R, "SWITCH") else R.TOGGLE_BUTTON,
}
# Containers that GTK marks focusable only to pass the focus on to their items (a list
# box to its rows, a scrolled window to what it scrolls): ARIA asks no name of them
CONTAINER_ROLES = {R.LIST, R.LIST_BOX, R.SCROLL_PANE, R.VIEWPORT, R.TABLE, R.TREE, R.TREE_TABLE,
                   R.PAGE_TAB_LIST, R.MENU_BAR, R.TOOL_BAR}
# Roles that say nothing about what a focusable object does
VAGUE_ROLES = {R.PANEL, R.FILLER, R.UNKNOWN, R.INVALID, R.REDUNDANT_OBJECT, R.SECTION}


KEY_TAB = 0xff09
KEY_RETURN = 0xff0d
KEY_ESCAPE = 0xff1b
KEY_SPACE = 0x20
KEY_LEFT = 0xff51
KEY_UP = 0xff52
KEY_RIGHT = 0xff53
KEY_DOWN = 0xff54
MOD_SHIFT = 1 << 0
MOD_CONTROL = 1 << 2
MOD_ALT = 1 << 3


class Failure(Exception):
    pass


# ---------------------------------------------------------------------------
# The tree

def role(obj):
    try:
        return obj.get_role()
    except gi.repository.GLib.Error:
        return R.INVALID


def name(obj):
    try:
        return obj.get_name() or ""
    except gi.repository.GLib.Error:
        return ""


def description(obj):
    try:
        return obj.get_description() or ""
    except gi.repository.GLib.Error:
        return ""


def children(obj):
    try:
        n = obj.get_child_count()
    except gi.repository.GLib.Error:
        return []
    out = []
    for i in range(n):
        try:
            child = obj.get_child_at_index(i)
        except gi.repository.GLib.Error:
            continue
        if child is not None:
            out.append(child)
    return out


def states(obj):
    try:
        return obj.get_state_set()
    except gi.repository.GLib.Error:
        return Atspi.StateSet.new([])


def has_state(obj, state):
    return states(obj).contains(state)


def checked(obj):
    """A check box or radio button checked, a toggle button pressed"""
    return obj is not None and (has_state(obj, Atspi.StateType.CHECKED) or has_state(obj, Atspi.StateType.PRESSED))


def showing(obj):
    return has_state(obj, Atspi.StateType.SHOWING)


def text_of(obj):
    """The text an object shows, if it has the Text interface"""
    try:
        if obj.get_text_iface() is None:
            return ""
        return Atspi.Text.get_text(obj, 0, Atspi.Text.get_character_count(obj)) or ""
    except (gi.repository.GLib.Error, AttributeError):
        return ""


def label_of(obj):
    """The name, or the name of what labels the object"""
    n = name(obj)
    if n.strip():
        return n
    try:
        for rel in obj.get_relation_set():
            if rel.get_relation_type() == Atspi.RelationType.LABELLED_BY:
                for i in range(rel.get_n_targets()):
                    target = rel.get_target(i)
                    n = name(target) or text_of(target)
                    if n.strip():
                        return n
    except gi.repository.GLib.Error:
        pass
    return ""


def holds_focusable(obj):
    return any(has_state(child, Atspi.StateType.FOCUSABLE) for child, _ in list(walk(obj))[1:])


def describe(obj):
    return "[%s] %r" % (obj.get_role_name() if obj else "?", name(obj))


def walk(obj, path=(), visible_only=True):
    """Every object under @obj that is shown (with the hidden ones' subtrees left out),
    as (object, path), where the path names each ancestor"""
    here = path + (describe(obj),)
    yield obj, here
    for child in children(obj):
        if visible_only and not showing(child):
            continue
        yield from walk(child, here, visible_only)


def dump(obj, out=sys.stderr, indent=0):
    try:
        extra = []
        if obj.get_value_iface() is not None:
            extra.append("value=%r" % (Atspi.Value.get_text(obj) or Atspi.Value.get_current_value(obj)))
        if has_state(obj, Atspi.StateType.FOCUSED):
            extra.append("FOCUSED")
        if not has_state(obj, Atspi.StateType.SENSITIVE):
            extra.append("insensitive")
        for state in (Atspi.StateType.CHECKED, Atspi.StateType.PRESSED, Atspi.StateType.SELECTED):
            if has_state(obj, state):
                extra.append(state.value_nick)
        d = description(obj)
        if d:
            extra.append("description=%r" % d)
        t = text_of(obj) if role(obj) == R.LABEL else ""
        if t and t != name(obj):
            extra.append("text=%r" % t[:80])
        print("%s%s %s" % ("  " * indent, describe(obj), " ".join(extra)), file=out)
    except gi.repository.GLib.Error as e:
        print("%s(gone: %s)" % ("  " * indent, e), file=out)
        return
    for child in children(obj):
        if showing(child):
            dump(child, out, indent + 1)


def wait_until(what, check, timeout=TIMEOUT):
    """Polls @check until it returns something true, for up to @timeout seconds"""
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = check()
        except gi.repository.GLib.Error:
            result = None
        if result:
            return result
        if time.monotonic() > deadline:
            raise Failure("waited %g s for %s" % (timeout, what))
        time.sleep(0.1)


# ---------------------------------------------------------------------------
# The app

class App:
    def __init__(self, exe):
        self.tmp = tempfile.mkdtemp(prefix="unknot-a11y-")
        config = os.path.join(self.tmp, "config")
        os.makedirs(os.path.join(config, "glib-2.0", "settings"))
        env = dict(os.environ)
        env.update({
            "XDG_CONFIG_HOME": config,
            "XDG_DATA_HOME": os.path.join(self.tmp, "data"),
            "XDG_CACHE_HOME": os.path.join(self.tmp, "cache"),
            "GSETTINGS_BACKEND": "keyfile",
            # The test environment turns the accessibility bus off (GTK_A11Y=test):
            # here GTK is to talk to it, as it does for a user with a screen reader.
            "GTK_A11Y": "atspi",
            # no sound card: the cues play to nothing, without a notice about it
            "GST_PLUGIN_FEATURE_RANK": "fakeaudiosink:MAX",
        })
        # NO_AT_BRIDGE would keep a GTK 3 helper off the bus; unset so that nothing does
        env.pop("NO_AT_BRIDGE", None)
        if APP_G_DEBUG is not None:
            env["G_DEBUG"] = APP_G_DEBUG
        self.log = open(os.path.join(self.tmp, "unknot.log"), "w+")
        self.process = subprocess.Popen([exe], env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        self.app = wait_until("Unknot on the accessibility bus", self._find_app, 30)
        self.window = wait_until("the main window", lambda: self.frame("Unknot"))
        self.audited = set()
        self.offenders = []
        self.focus_events = 0
        self.last_focus = None
        self.listener = Atspi.EventListener.new(self._focus_changed_cb)
        self.listener.register("object:state-changed:focused")

    def _find_app(self):
        if self.process.poll() is not None:
            raise Failure("Unknot exited (%d) before it was on the accessibility bus" % self.process.returncode)
        desktop = Atspi.get_desktop(0)
        for app in children(desktop):
            try:
                if app.get_process_id() == self.process.pid:
                    return app
            except gi.repository.GLib.Error:
                continue
        return None

    def frame(self, title=None):
        for child in children(self.app):
            if role(child) in (R.FRAME, R.WINDOW, R.DIALOG) and (title is None or name(child) == title):
                return child
        return None

    def quit(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.seek(0)
        output = self.log.read()
        self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)
        return output

    # -- finding ------------------------------------------------------------

    def roots(self):
        """The windows shown: the main one, and a dialog's if one is open (libadwaita shows
        its dialogs inside the window, or as windows of their own on narrow screens)"""
        return [child for child in children(self.app) if showing(child)] or [self.window]

    def find_all(self, roles=None, label=None, root=None, contains=False):
        found = []
        for top in ([root] if root is not None else self.roots()):
            for obj, _ in walk(top):
                if roles is not None and role(obj) not in roles:
                    continue
                if label is not None:
                    n = label_of(obj)
                    if not (label in n if contains else n == label):
                        continue
                found.append(obj)
        return found

    def find(self, roles, label, root=None, contains=False):
        found = self.find_all(roles, label, root, contains)
        return found[-1] if found else None

    def wait_for(self, roles, label, root=None, contains=False, timeout=TIMEOUT, sensitive=False):
        what = "%s named %r" % ("/".join(Atspi.role_get_name(r) for r in roles), label)

        def check():
            obj = self.find(roles, label, root, contains)
            if obj is not None and sensitive and not has_state(obj, Atspi.StateType.SENSITIVE):
                return None
            return obj
        return wait_until(what, check, timeout)

    def wait_for_text(self, text, timeout=TIMEOUT):
        """Some shown object names or shows @text"""
        def check():
            for top in self.roots():
                for obj, _ in walk(top):
                    if text in name(obj) or (role(obj) == R.LABEL and text in text_of(obj)):
                        return obj
            return None
        return wait_until("%r on screen" % text, check, timeout)

    def button(self, label, **kw):
        return self.wait_for({R.PUSH_BUTTON, R.TOGGLE_BUTTON}, label, **kw)

    # -- acting -------------------------------------------------------------

    def activate(self, obj):
        """Does what a screen reader's "activate" does: the object's first action"""
        if not has_state(obj, Atspi.StateType.SENSITIVE):
            raise Failure("%s is not sensitive" % describe(obj))
        action = None
        if obj.get_action_iface() is not None:
            # GTK also lists the widget's own actions (such as "listitem.scroll-to")
            names = [Atspi.Action.get_action_name(obj, i) for i in range(Atspi.Action.get_n_actions(obj))]
            action = next((i for i, n in enumerate(names) if n in ("click", "activate", "press", "toggle")), None)
        if action is None:
            # GTK 4.18 offers no action for check and radio buttons, nor for the rows of a
            # list view: a screen-reader user presses Space or Return on them, and so
            # does this test
            self.tab_to({role(obj)}, label_of(obj))
            self.key(KEY_SPACE if role(obj) in (R.CHECK_BOX, R.RADIO_BUTTON, R.TOGGLE_BUTTON) else KEY_RETURN)
            return
        if not Atspi.Action.do_action(obj, action):
            raise Failure("%s refused its action %r" % (describe(obj), Atspi.Action.get_action_name(obj, action)))

    def press(self, label, **kw):
        self.activate(self.button(label, sensitive=True, **kw))

    # -- the keyboard -------------------------------------------------------

    def key(self, keysym, times=1):
        """Presses and releases a key (by its X keysym), as the user's keyboard would"""
        for _ in range(times):
            if not Atspi.generate_keyboard_event(keysym, None,
                                                 Atspi.KeySynthType.PRESSRELEASE | Atspi.KeySynthType.SYM):
                raise Failure("could not type the key %#x" % keysym)
            time.sleep(0.05)

    def key_with(self, modifiers, keysym):
        """A key with modifiers held (a mask of MOD_*): the registry cannot press a
        modifier key by its keysym, so the modifiers are locked around the key"""
        synth = Atspi.KeySynthType
        Atspi.generate_keyboard_event(modifiers, None, synth.LOCKMODIFIERS)
        try:
            self.key(keysym)
        finally:
            Atspi.generate_keyboard_event(modifiers, None, synth.UNLOCKMODIFIERS)
        time.sleep(0.05)

    def _focus_changed_cb(self, event):
        if event.detail1 == 1:
            self.focus_events += 1
            self.last_focus = event.source

    def _pump_events(self):
        context = GLib.MainContext.default()
        while context.pending():
            context.iteration(False)

    def focused(self):
        """What has the focus: as the last focus event says (a screen reader listens for
        them too), or else as the tree says"""
        self._pump_events()
        if self.last_focus is not None and has_state(self.last_focus, Atspi.StateType.FOCUSED):
            return self.last_focus
        for top in self.roots():
            for obj, _ in walk(top):
                if has_state(obj, Atspi.StateType.FOCUSED):
                    return obj
        return None

    def _key_and_wait_for_focus(self, press):
        """Types a key that moves the focus, and waits (briefly) for the focus event"""
        before = self.focus_events
        press()
        deadline = time.monotonic() + 1
        while self.focus_events == before and time.monotonic() < deadline:
            self._pump_events()
            time.sleep(0.02)

    def tab_to(self, roles, label, contains=False, limit=60, backwards=False):
        """Moves the focus with Tab (or Shift+Tab) to the object, and inside a list with the
        arrow keys, as a keyboard user does; fails if the object cannot be reached"""
        seen = []
        for _ in range(limit):
            obj = self.focused()
            if obj is not None:
                n = label_of(obj)
                if role(obj) in roles and (label in n if contains else n == label):
                    return obj
                seen.append(describe(obj))
                arrow = self._arrow_towards(obj, roles, label, contains) if role(obj) == R.LIST_ITEM else None
                if arrow is not None:
                    self._key_and_wait_for_focus(lambda: self.key(arrow))
                    if self.focused() is not None and describe(self.focused()) != seen[-1]:
                        continue
            if backwards:
                self._key_and_wait_for_focus(lambda: self.key_with(MOD_SHIFT, KEY_TAB))
            else:
                self._key_and_wait_for_focus(lambda: self.key(KEY_TAB))
        raise Failure("Tab never reached %s named %r; the focus went to: %s"
                      % ("/".join(Atspi.role_get_name(r) for r in roles), label, ", ".join(seen)))

    def _arrow_towards(self, item, roles, label, contains):
        """The arrow key that moves from @item towards the target in the same list, if
        the target is there"""
        try:
            siblings = children(item.get_parent())
            here = item.get_index_in_parent()
        except gi.repository.GLib.Error:
            return None
        for index, child in enumerate(siblings):
            found = [obj for obj, _ in walk(child)
                     if role(obj) in roles and (label in label_of(obj) if contains else label_of(obj) == label)]
            if found and index != here:
                return KEY_DOWN if index > here else KEY_UP
        return None


    # -- auditing -----------------------------------------------------------

    def audit(self, where):
        """Every actionable or focusable object shown has a name and a proper role, and
        every image a name or a description. A page on its way out, as the next slides
        in, is left out: what is found is looked at again a moment later."""
        found = self._problems()
        if found:
            time.sleep(0.5)
            again = {(problem, path) for _, problem, path in self._problems()}
            found = [(obj, problem, path) for obj, problem, path in found if (problem, path) in again]
        for _, problem, path in found:
            key = (problem, " / ".join(path[1:]))
            if key in self.audited:
                continue
            self.audited.add(key)
            self.offenders.append("%s: %s\n      at %s" % (where, problem, " / ".join(path)))

    def _problems(self):
        problems = []
        for top in self.roots():
            for obj, path in walk(top):
                r = role(obj)
                focusable = has_state(obj, Atspi.StateType.FOCUSABLE)
                if any(step.startswith(("[push button]", "[button]", "[toggle button]", "[combo box]"))
                       for step in path[:-1]):
                    # a button's insides are the button's: GTK 4.18 marks the row inside a
                    # drop-down's button focusable, though the focus never goes there
                    continue
                if r in CONTAINER_ROLES or (r in VAGUE_ROLES and focusable and holds_focusable(obj)):
                    # (libadwaita 1.7 gives the list inside an expander row, and a dialog's
                    # sheet, no role, and marks them focusable: the focus goes on to what
                    # they hold)
                    continue
                problem = None
                if r in ACTIONABLE_ROLES or focusable:
                    if not label_of(obj).strip():
                        problem = "no accessible name"
                    elif focusable and r in VAGUE_ROLES:
                        problem = "focusable, but its role (%s) says nothing" % obj.get_role_name()
                elif r in (R.IMAGE, R.ICON) and not label_of(obj).strip() and not description(obj).strip():
                    problem = "an image without a name or description"
                if problem is not None:
                    problems.append((obj, problem, path))
        return problems


# ---------------------------------------------------------------------------
# Helpers shared by the scenarios

def show_page(app, page):
    """A page of the main window, from its tab in the view switcher"""
    app.activate(app.wait_for({R.PAGE_TAB}, page, root=app.window))
    wait_until("the %s page selected" % page,
               lambda: has_state(app.find({R.PAGE_TAB}, page, root=app.window), Atspi.StateType.SELECTED)
               or has_state(app.find({R.PAGE_TAB}, page, root=app.window), Atspi.StateType.CHECKED))


def countdown(app):
    """The countdown ring's text: its value text ("0:25 left"), or its name"""
    timer = app.find({R.TIMER}, None)
    if timer is None:
        return None
    text = Atspi.Value.get_text(timer) if timer.get_value_iface() is not None else ""
    return text or name(timer)


# ---------------------------------------------------------------------------
# The scenarios

def open_list_item(app, label):
    """A row of a list that offers no action of its own (a GtkListView's)"""
    app.activate(app.wait_for({R.LIST_ITEM}, label))


def scenario_routine(app):
    app.audit("Today page")
    show_page(app, "Routines")
    app.audit("Routines page")
    open_list_item(app, "Desk Break")
    start = app.button("Start")
    app.audit("routine page: Desk Break")
    app.activate(start)
    # the first step waits for the user
    app.wait_for_text("Stand behind your chair")
    app.audit("player: a step that waits")
    app.press("I’m Ready")
    app.wait_for_text("Standing hip stretch")
    wait_until("the countdown running", lambda: countdown(app))
    app.audit("player: a timed step")
    app.press("Pause")
    app.button("Resume")
    paused = countdown(app)
    app.audit("player: paused")
    app.press("Resume")
    app.button("Pause")
    wait_until("the countdown going on after %r" % paused, lambda: countdown(app) != paused, 5)
    # skip the rest, step by step, to the end
    for _ in range(30):
        if app.find({R.LABEL}, "Well Done") is not None:
            break
        title = step_title(app)
        app.press("Next Step")
        wait_until("a step after %r" % title, lambda: step_title(app) != title or app.find({R.LABEL}, "Well Done"))
    app.wait_for_text("Well Done")
    app.audit("summary")
    app.press("Done")
    wait_until("the routine page back", lambda: app.find({R.PUSH_BUTTON}, "Start") is not None)
    app.press("Back")
    show_page(app, "Anatomy")
    app.wait_for({R.GROUPING}, "Body map", contains=True)
    app.audit("Anatomy page")


def step_title(app):
    """The step the player shows: its title and "Step N of M" in the header"""
    step = app.find({R.LABEL}, "Step ", contains=True)
    return (name(step) if step else "") + "|" + (countdown(app) or "")


def scenario_release(app):
    show_page(app, "Release")
    app.audit("Release page")
    app.activate(app.wait_for({R.RADIO_BUTTON}, "Upper psoas, beside the navel"))
    wait_until("the upper psoas chosen",
               lambda: checked(app.find({R.RADIO_BUTTON}, "Upper psoas, beside the navel")))
    app.activate(app.wait_for({R.TOGGLE_BUTTON}, "Left"))
    wait_until("the left side chosen", lambda: checked(app.find({R.TOGGLE_BUTTON}, "Left")))
    app.wait_for({R.LIST_ITEM}, "Upper Psoas Release")
    app.press("Start Release")
    app.wait_for({R.DIALOG}, "Safety Check")
    app.audit("safety check: introduction")
    app.press("Answer the Questions")
    nos = wait_until("the safety questions",
                     lambda: [b for b in app.find_all({R.TOGGLE_BUTTON, R.RADIO_BUTTON, R.PUSH_BUTTON}, None)
                              if label_of(b).startswith("No: ")])
    app.audit("safety check: questions")
    for no in nos:
        app.activate(no)
    app.press("Continue")
    app.wait_for_text("Nothing in Your Answers Stands in the Way")
    app.audit("safety check: result")
    app.press("Done")
    wait_until("the safety check closed", lambda: app.find({R.DIALOG}, "Safety Check") is None)
    play_release(app)
    check_summary(app)
    app.press("Done")
    wait_until("the Release page back", lambda: app.find({R.PUSH_BUTTON}, "Start Release"))
    # the session is in the history
    show_page(app, "Progress")
    app.wait_for({R.LIST_ITEM}, "Upper Psoas Release")
    app.audit("Progress page")


def check_summary(app):
    """The summary says what was done: its heading, the holds on the point, the pain"""
    app.wait_for({R.LABEL}, "Well Done")
    app.wait_for({R.LABEL}, "Upper Psoas Release")
    holds = app.wait_for({R.LIST_ITEM}, "Upper psoas, beside the navel, Left")
    if not any("holds" in text_of(child) or "holds" in name(child) for child, _ in walk(holds)):
        raise Failure("the summary does not say how many holds were done")
    app.wait_for({R.LIST_ITEM}, "Pain Before, Left")
    app.wait_for({R.LIST_ITEM}, "Pain After, Left")
    app.wait_for_text("Saved to your history.")
    app.audit("summary")


def step_is(app, title, detail=None):
    """Waits for the player to show the step @title (and @detail, such as "Hold 1 of 2")"""
    app.wait_for({R.LABEL}, title)
    if detail is not None:
        app.wait_for({R.LABEL}, detail)


def rate(app, question, pain):
    step_is(app, question)
    app.audit("player: %s" % question)
    app.activate(app.wait_for({R.TOGGLE_BUTTON}, "Pain %d of 10" % pain))
    wait_until("pain %d chosen" % pain, lambda: checked(app.find({R.TOGGLE_BUTTON}, "Pain %d of 10" % pain)))
    app.press("Continue")


def hold(app, detail):
    """A pressure hold: the countdown runs, It Released waits for the minimum; skipped"""
    step_is(app, "Hold the upper psoas", detail)
    timer = wait_until("the countdown", lambda: app.find({R.TIMER}, None))
    left = wait_until("the time left", lambda: countdown(app) if countdown(app).endswith(" left") else None)
    if "minute" not in left and not left.startswith(("5", "4")):
        raise Failure("a 60-second hold starts with %r left" % left)
    released = app.wait_for({R.PUSH_BUTTON}, "It Released")
    if has_state(released, Atspi.StateType.SENSITIVE):
        raise Failure("It Released can be pressed before the hold's minimum")
    app.audit("player: %s" % detail)
    app.press("Next Step")
    return timer


def play_release(app):
    """The guided release of the upper psoas on the left, from the pain before to the summary"""
    rate(app, "How Much Does It Hurt Now?", 5)
    step_is(app, "Before you press")
    app.audit("player: before you press")
    app.press("Continue")
    step_is(app, "Knees to the right")
    app.audit("player: position")
    app.press("I’m Ready")
    step_is(app, "Find the upper psoas")
    app.audit("player: find the point")
    app.press("Found It")
    hold(app, "Hold 1 of 2")
    step_is(app, "Rest", "Hold 2 of 2 is next")
    app.audit("player: rest")
    app.press("Next Step")
    hold(app, "Hold 2 of 2")
    step_is(app, "Back-lying hip stretch", "Stretch 1 of 2")
    app.audit("player: stretch")
    app.press("Next Step")
    step_is(app, "Rest", "Stretch 2 of 2 is next")
    app.press("Next Step")
    step_is(app, "Back-lying hip stretch", "Stretch 2 of 2")
    app.press("Next Step")
    rate(app, "How Much Does It Hurt Now, After?", 2)
    app.wait_for({R.LABEL}, "Well Done")


def rate_by_keys(app, question, pain):
    step_is(app, question)
    button = "Pain %d of 10" % pain
    app.tab_to({R.TOGGLE_BUTTON}, button)
    app.key(KEY_SPACE)
    wait_until("%s chosen" % button, lambda: checked(app.find({R.TOGGLE_BUTTON}, button)))
    app.tab_to({R.PUSH_BUTTON}, "Continue")
    app.key(KEY_RETURN)


def scenario_keyboard(app):
    """A guided release with the keyboard alone: Tab, Shift+Tab, the arrows, Space,
    Return, Escape and the app's shortcuts; AT-SPI only says where the focus is"""
    app.key_with(MOD_ALT, ord("2"))                      # Alt+2: the Release page
    wait_until("the Release page", lambda: checked(app.find({R.PAGE_TAB}, "Release", root=app.window))
               or has_state(app.find({R.PAGE_TAB}, "Release", root=app.window), Atspi.StateType.SELECTED))
    # only the chosen point's radio button is a Tab stop, as in any group of them; the
    # others are chosen with their rows
    app.tab_to({R.RADIO_BUTTON, R.LIST_ITEM}, "Lower psoas and iliacus, inside the front hip bone")
    app.key(KEY_SPACE)
    wait_until("the lower psoas chosen", lambda: app.find({R.LIST_ITEM}, "Iliacus Release"))
    # back to the upper psoas, with Shift+Tab
    app.tab_to({R.RADIO_BUTTON, R.LIST_ITEM}, "Upper psoas, beside the navel", backwards=True)
    app.key(KEY_SPACE)
    app.wait_for({R.LIST_ITEM}, "Upper Psoas Release")
    app.tab_to({R.TOGGLE_BUTTON}, "Left")
    app.key(KEY_SPACE)
    wait_until("the left side chosen", lambda: checked(app.find({R.TOGGLE_BUTTON}, "Left")))
    app.tab_to({R.PUSH_BUTTON}, "Start Release")
    app.key(KEY_RETURN)

    # the safety check
    app.wait_for({R.DIALOG}, "Safety Check")
    app.tab_to({R.PUSH_BUTTON}, "Answer the Questions")
    app.key(KEY_RETURN)
    nos = wait_until("the safety questions",
                     lambda: [label_of(b) for b in app.find_all({R.TOGGLE_BUTTON}, None) if label_of(b).startswith("No: ")])
    for no in nos:
        app.tab_to({R.TOGGLE_BUTTON}, no)
        app.key(KEY_SPACE)
        wait_until("%r answered" % no, lambda: checked(app.find({R.TOGGLE_BUTTON}, no)))
    app.tab_to({R.PUSH_BUTTON}, "Continue")
    app.key(KEY_RETURN)
    app.wait_for_text("Nothing in Your Answers Stands in the Way")
    app.tab_to({R.PUSH_BUTTON}, "Done")
    app.key(KEY_RETURN)

    # the player: pain before, with the scale's buttons
    rate_by_keys(app, "How Much Does It Hurt Now?", 5)
    # the steps that wait for the user: their buttons, reached with Tab
    for title, button in (("Before you press", "Continue"), ("Knees to the right", "I’m Ready"),
                          ("Find the upper psoas", "Found It")):
        step_is(app, title)
        app.tab_to({R.PUSH_BUTTON}, button)
        app.key(KEY_RETURN)
    step_is(app, "Hold the upper psoas", "Hold 1 of 2")
    # Space pauses and resumes, wherever the focus is
    app.key(KEY_SPACE)
    app.button("Resume")
    app.key(KEY_SPACE)
    app.button("Pause")
    # Escape asks before stopping; Escape again keeps going
    app.key(KEY_ESCAPE)
    app.wait_for({R.PUSH_BUTTON}, "Keep Going")
    app.key(KEY_ESCAPE)
    wait_until("the question closed", lambda: app.find({R.PUSH_BUTTON}, "Keep Going") is None)
    # → goes to the next step, ← back
    app.key(KEY_RIGHT)
    step_is(app, "Rest", "Hold 2 of 2 is next")
    app.key(KEY_LEFT)
    step_is(app, "Hold the upper psoas", "Hold 1 of 2")
    for title, detail in (("Rest", "Hold 2 of 2 is next"), ("Hold the upper psoas", "Hold 2 of 2"),
                          ("Back-lying hip stretch", "Stretch 1 of 2"), ("Rest", "Stretch 2 of 2 is next"),
                          ("Back-lying hip stretch", "Stretch 2 of 2")):
        app.key(KEY_RIGHT)
        step_is(app, title, detail)
    app.key(KEY_RIGHT)
    rate_by_keys(app, "How Much Does It Hurt Now, After?", 2)
    check_summary(app)
    app.tab_to({R.PUSH_BUTTON}, "Done")
    app.key(KEY_RETURN)
    wait_until("the Release page back", lambda: app.find({R.PUSH_BUTTON}, "Start Release"))


SCENARIOS = {
    "routine": scenario_routine,
    "release": scenario_release,
    "keyboard": scenario_keyboard,
}


def main():
    if len(sys.argv) < 2:
        print(__doc__ or "usage: test-a11y.py UNKNOT [SCENARIO…]", file=sys.stderr)
        return 2
    exe = sys.argv[1]
    names = sys.argv[2:] or list(SCENARIOS)
    Atspi.init()
    failed = 0
    for scenario in names:
        started = time.monotonic()
        app = App(exe)
        error = None
        try:
            SCENARIOS[scenario](app)
        except Failure as e:
            error = str(e)
        if error is not None:
            print("The accessible tree when it failed:", file=sys.stderr)
            for root in app.roots():
                dump(root)
        output = app.quit()
        if output.strip():
            print("Unknot said:\n" + output, file=sys.stderr)
        if app.offenders:
            error = (error + "\n" if error else "") + "objects a screen reader cannot name:\n  " + \
                "\n  ".join(app.offenders)
        took = time.monotonic() - started
        if error:
            failed += 1
            print("not ok - %s (%.1f s): %s" % (scenario, took, error))
        else:
            print("ok - %s (%.1f s)" % (scenario, took))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
