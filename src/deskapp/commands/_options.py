"""Options several commands share; argparse only, so building the parser stays light."""
from __future__ import annotations


def person_options(parser) -> None:
    """--as and --password-stdin for a command that acts as a desk account (_common.person)."""
    parser.add_argument("--as", dest="as_user", metavar="USER",
                        help="执行此命令的管理员用户名（不给则在终端询问）；操作以此人的名义记入审计日志")
    parser.add_argument("--password-stdin", action="store_true",
                        help="从标准输入读密码，每行一个：先是 --as 账号的密码；新建账号和重置密码时下一行是新密码")
